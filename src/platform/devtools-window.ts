import { devtoolsApi } from './devtools-api.ts';

export type ThemeName = 'light' | 'dark';

/** DevTools reports 'default' for its light theme. */
export function themeName(): ThemeName {
  return devtoolsApi().panels.themeName === 'dark' ? 'dark' : 'light';
}

export function inspectedTabId(): number {
  return devtoolsApi().inspectedWindow.tabId;
}

/** Reloads the inspected page so DevTools records every request from the start. */
export function reloadInspectedPage(): void {
  devtoolsApi().inspectedWindow.reload({});
}
