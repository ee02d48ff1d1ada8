import { browser } from './browser.ts';

/**
 * Chrome resolves the panel's page and icon against the extension root, Firefox against the devtools page that
 * creates the panel (so `src/panel/index.html` became `src/devtools/src/panel/index.html` there and the panel
 * never appeared). A root-relative path names the same file in both.
 */
function fromExtensionRoot(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/** Adds our tab to DevTools. `iconPath` and `pagePath` are paths inside the built extension. */
export async function createDevtoolsPanel(title: string, iconPath: string, pagePath: string): Promise<void> {
  await browser.devtools.panels.create(title, fromExtensionRoot(iconPath), fromExtensionRoot(pagePath));
}
