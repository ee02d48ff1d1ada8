import { browser } from './browser.ts';

/** Adds our tab to DevTools. `pagePath` is the emitted path of the panel page inside the extension. */
export async function createDevtoolsPanel(title: string, iconPath: string, pagePath: string): Promise<void> {
  await browser.devtools.panels.create(title, iconPath, pagePath);
}
