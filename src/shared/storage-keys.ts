/**
 * Every key the extension stores under, in one place: several contexts write and read the same keys (the worker
 * stores a menu result the analyzer page reads; the panel hands a HAR to the analyzer page).
 */

/** storage.local: the panel's settings. */
export const PANEL_SETTINGS_KEY = 'panelSettings';

/** storage.session: a context-menu diagnosis, for the page that shows it. */
export const MENU_RESULT_PREFIX = 'menuResult:';

export function menuResultKey(id: string): string {
  return `${MENU_RESULT_PREFIX}${id}`;
}

/** storage.session: a HAR the panel hands to the analyzer page (too big for a URL, kept out of history). */
export function handedOverHarKey(id: string): string {
  return `handover:${id}`;
}

/** storage.session: the worker's per-tab state (session context, recent diagnoses and their order). */
export const tabSessionKeys = {
  context: (tabId: number) => `tab:${tabId}:context`,
  order: (tabId: number) => `tab:${tabId}:order`,
  diagnosis: (tabId: number, requestId: string) => `tab:${tabId}:dx:${requestId}`,
  /** The ids of the latest context-only batches learnt, so a batch re-sent after a worker restart counts once. */
  learnt: (tabId: number) => `tab:${tabId}:learnt`,
};
