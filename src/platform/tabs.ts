import { browser } from './browser.ts';

/**
 * Opens one of our pages in a new tab. Only the worker calls it: Firefox's DevTools panels have no tabs API and
 * their window.open opens nothing, so pages ask the worker (`openAnalyzer`).
 */
export async function openExtensionPage(pathWithHash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(pathWithHash) });
}

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

export function onToolbarButtonClicked(listener: () => void): void {
  browser.action.onClicked.addListener(() => listener());
}
