import { browser } from './browser.ts';

export type MenuContext = 'link' | 'selection';

export interface MenuItem {
  id: string;
  title: string;
  contexts: MenuContext[];
}

/** What a click on one of our page context-menu items tells us; plain data, no browser objects. */
export interface MenuClick {
  menuItemId: string;
  linkUrl?: string;
  selectionText?: string;
  /** The tab the page was in; absent for clicks outside a tab. */
  tabId?: number;
}

/**
 * Removes then creates the item: on update or restart Chrome keeps items from the previous run, and creating
 * an existing id fails ("Cannot create item with duplicate id").
 */
export async function recreateMenuItem(item: MenuItem): Promise<void> {
  await browser.contextMenus.remove(item.id).catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts }, () => {
      const error = (globalThis as { chrome?: typeof chrome }).chrome?.runtime?.lastError;
      if (error) reject(new Error(error.message));
      else resolve();
    });
  });
}

/** Register at the top level of the worker: Chrome only delivers the click to listeners added on start-up. */
export function onMenuClicked(listener: (click: MenuClick) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    listener({
      menuItemId: String(info.menuItemId),
      ...(info.linkUrl !== undefined ? { linkUrl: info.linkUrl } : {}),
      ...(info.selectionText !== undefined ? { selectionText: info.selectionText } : {}),
      ...(tab?.id !== undefined && tab.id >= 0 ? { tabId: tab.id } : {}),
    });
  });
}

/** Menu items live in the browser profile: (re)create them when the extension is installed or updated, and on
 * browser start-up. */
export function onInstalledOrStartup(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
  browser.runtime.onStartup.addListener(() => listener());
}
