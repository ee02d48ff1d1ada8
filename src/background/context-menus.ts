import {
  type MenuClick,
  onInstalledOrStartup,
  onMenuClicked,
  recreateMenuItem,
} from '../platform/context-menus.ts';
import { t } from '../platform/i18n.ts';
import { requestOriginAccess } from '../platform/permissions.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import { diagnoseUrl } from './diagnose-url.ts';
import { sendLiveRequest } from './live-request.ts';
import { saveMenuResult } from './menu-result-store.ts';
import { targetFromMenuClick } from './menu-target.ts';
import { showMenuResult } from './show-menu-result.ts';

export const DIAGNOSE_MENU_ID = 'apigw403-diagnose';

/** The real browser behind the menu diagnosis flow. */
export const menuDiagnosisDeps = {
  send: sendLiveRequest,
  save: saveMenuResult,
  show: showMenuResult,
  newId: () => crypto.randomUUID(),
  now: () => new Date(),
};

/** Diagnoses the link or selected URL of a menu click; resolves with the stored result. */
export function handleMenuClick(click: MenuClick): Promise<MenuResult> {
  const target = targetFromMenuClick(click);
  // Started before any await: the click's user gesture, which Chrome needs to show its prompt, ends there.
  const access = target.ok ? requestOriginAccess(target.origin) : undefined;
  return diagnoseUrl(target, access, click.tabId, menuDiagnosisDeps);
}

/** "Diagnose with API Gateway 403" on links and on selected text that holds a URL. */
export function registerContextMenus(): void {
  onInstalledOrStartup(() => {
    void recreateMenuItem({
      id: DIAGNOSE_MENU_ID,
      title: t('ui_menu_diagnose'),
      contexts: ['link', 'selection'],
    });
  });
  onMenuClicked((click) => {
    if (click.menuItemId !== DIAGNOSE_MENU_ID) return;
    handleMenuClick(click).catch((error: unknown) => console.error('apigw403: menu diagnosis failed', error));
  });
  // Headless Chromium cannot open a native context menu, so the e2e tests call the same handler through the
  // worker (there is no API to fire contextMenus.onClicked).
  (globalThis as { apigw403HandleMenuClick?: typeof handleMenuClick }).apigw403HandleMenuClick =
    handleMenuClick;
}
