import { callbackOrPromise } from './callback-or-promise.ts';
import { devtoolsApi } from './devtools-api.ts';

export type ThemeName = 'light' | 'dark';

/** DevTools reports 'default' for its light theme. */
function asThemeName(theme: string): ThemeName {
  return theme === 'dark' ? 'dark' : 'light';
}

export function themeName(): ThemeName {
  return asThemeName(devtoolsApi().panels.themeName);
}

/** Firefox announces theme switches with an event instead of Chrome's handler setter. */
interface FirefoxPanels {
  onThemeChanged?: {
    addListener(listener: (theme: string) => void): void;
    removeListener(listener: (theme: string) => void): void;
  };
}

/** Follows the user switching the DevTools theme while the panel is open (Chrome 99+, Firefox). */
export function onThemeChanged(listener: (theme: ThemeName) => void): () => void {
  const panels = devtoolsApi().panels;
  const firefoxEvent = (panels as FirefoxPanels).onThemeChanged;
  if (firefoxEvent) {
    const handler = (theme: string) => listener(asThemeName(theme));
    firefoxEvent.addListener(handler);
    return () => firefoxEvent.removeListener(handler);
  }
  if (typeof panels.setThemeChangeHandler !== 'function') return () => undefined;
  panels.setThemeChangeHandler((theme) => listener(asThemeName(theme)));
  return () => panels.setThemeChangeHandler();
}

export function inspectedTabId(): number {
  return devtoolsApi().inspectedWindow.tabId;
}

/** Reloads the inspected page so DevTools records every request from the start. */
export function reloadInspectedPage(): void {
  devtoolsApi().inspectedWindow.reload({});
}

/** Resource Timing entries of the page's own fetch/XHR calls: what the page says it requested, logged or not. */
const PAGE_REQUESTS_EXPRESSION = `performance.getEntriesByType('resource')
  .filter((entry) => entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest')
  .map((entry) => entry.name)`;

/**
 * URLs of the fetch/XHR requests the inspected page made since it loaded, as the page itself recorded them.
 * Anything unreadable (an exception, a page that allows no script, another browser's answer shape) reads as none.
 */
export async function pageRequestUrls(): Promise<string[]> {
  const [result, exception] = await callbackOrPromise<[unknown, unknown]>((callback) =>
    devtoolsApi().inspectedWindow.eval(PAGE_REQUESTS_EXPRESSION, callback),
  );
  if (exception || !Array.isArray(result)) return [];
  return result.filter((url): url is string => typeof url === 'string');
}
