import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

/**
 * Pages the extension opens at run time (panels.create, tabs.create). CRXJS only discovers pages named in the
 * manifest, so without this list the panel would be silently left out of dist/.
 */
const RUNTIME_PAGES = {
  panel: 'src/panel/index.html',
  analyzer: 'src/analyzer/index.html',
};

/**
 * React DOM's only HTML sink is `dangerouslySetInnerHTML` (two copies: plain and custom elements). Our code never
 * uses it (Biome's recommended `noDangerouslySetInnerHtml` rule), so the build replaces both assignments with a
 * throw: no HTML sink ships, and Firefox's add-on linter (which has no per-warning ignore) reports nothing.
 * If a React update changes that code, the build fails here instead of shipping the sink again.
 */
function withoutReactHtmlSink(): Plugin {
  const SINK = '(domElement.innerHTML = key)';
  const COPIES = 2;
  return {
    name: 'apigw403-without-react-html-sink',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('react-dom-client.production.js')) return null;
      const found = code.split(SINK).length - 1;
      if (found !== COPIES) {
        this.error(`react-dom: expected ${COPIES} dangerouslySetInnerHTML assignments, found ${found}`);
      }
      return code.replaceAll(SINK, "(() => { throw Error('dangerouslySetInnerHTML is not used here'); })()");
    },
  };
}

/** Our add-on id in Firefox (it pins storage and granted permissions across updates, like Chrome's `key`). */
export const GECKO_ID = 'apigw403@apigw403';

/**
 * The oldest Firefox with everything we use: `data_collection_permissions` (140) and, before it,
 * `optional_host_permissions` (128) and `storage.session` (115). 140 is an ESR.
 */
const GECKO_MIN_VERSION = '140.0';

/**
 * Firefox refuses a `background.service_worker` and wants an event page (`background.scripts`), has no use for
 * Chrome's `key`, and needs an add-on id plus a declaration of what is collected (nothing). The code is the same.
 */
function firefoxManifest(chrome: typeof manifest) {
  const { key: _chromeOnly, background, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android has no DevTools; its first version that reads data_collection_permissions.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** `vite build` builds dist/ for Chrome and Edge; `vite build --mode firefox` builds dist-firefox/. */
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const target = { ...(firefox ? firefoxManifest(manifest) : manifest), version: packageJson.version };
  return {
    plugins: [
      react(),
      withoutReactHtmlSink(),
      crx({ manifest: target as ManifestV3Export, browser: firefox ? 'firefox' : 'chrome' }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      rolldownOptions: { input: RUNTIME_PAGES },
    },
    server: { strictPort: true },
  };
});
