import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
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

export default defineConfig({
  plugins: [react(), crx({ manifest: { ...manifest, version: packageJson.version } as ManifestV3Export })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { input: RUNTIME_PAGES },
  },
  server: { strictPort: true },
});
