import { browser } from './browser.ts';

/**
 * Opens one of our pages in a new tab. DevTools pages may lack the tabs API in some browsers; a plain
 * window.open of our own URL does the same there.
 */
export async function openExtensionPage(pathWithHash: string): Promise<void> {
  const url = browser.runtime.getURL(pathWithHash);
  if (browser.tabs?.create) {
    await browser.tabs.create({ url });
    return;
  }
  globalThis.open?.(url, '_blank', 'noopener');
}

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

export function onToolbarButtonClicked(listener: () => void): void {
  browser.action.onClicked.addListener(() => listener());
}
