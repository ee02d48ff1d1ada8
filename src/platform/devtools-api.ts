/**
 * The DevTools extension API of whichever browser runs us: `chrome.devtools` in Chromium, `browser.devtools`
 * in Firefox. Only devtools pages (and the panels they create) have it.
 */
export function devtoolsApi(): typeof chrome.devtools {
  const api =
    (globalThis as { chrome?: typeof chrome }).chrome?.devtools ??
    (globalThis as { browser?: { devtools?: typeof chrome.devtools } }).browser?.devtools;
  if (!api?.network || !api.inspectedWindow) throw new Error(unsupportedBrowserMessage());
  return api;
}

export function hasDevtoolsApi(): boolean {
  try {
    devtoolsApi();
    return true;
  } catch {
    return false;
  }
}

/** English on purpose: without the extension APIs there is no chrome.i18n to translate it either. */
export function unsupportedBrowserMessage(): string {
  return (
    'API Gateway 403 needs the DevTools extension API (chrome.devtools.network), which this page does not have. ' +
    'Open it from the "API Gateway 403" tab in Chrome, Edge or Firefox DevTools.'
  );
}
