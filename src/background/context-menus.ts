import type { MenuClick } from '../platform/context-menus.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import { type DiagnoseUrlDeps, diagnoseUrl } from './diagnose-url.ts';
import { saveMenuResult } from './menu-result-store.ts';
import { targetFromMenuClick } from './menu-target.ts';
import type { BackgroundServices } from './services.ts';
import { showMenuResult } from './show-menu-result.ts';

export const DIAGNOSE_MENU_ID = 'apigw403-diagnose';

/** The menu diagnosis flow over the worker's services. */
export function menuDiagnosisDeps(services: BackgroundServices): DiagnoseUrlDeps {
  return {
    send: services.send,
    save: (result) => saveMenuResult(services.session, result),
    show: (result) => showMenuResult(services, result),
    newId: services.newId,
    now: services.now,
  };
}

/** Diagnoses the link or selected URL of a menu click; resolves with the stored result. */
export function handleMenuClick(services: BackgroundServices, click: MenuClick): Promise<MenuResult> {
  const target = targetFromMenuClick(click);
  // Started before any await: the click's user gesture, which Chrome needs to show its prompt, ends there.
  const access = target.ok ? services.requestOriginAccess(target.origin) : undefined;
  return diagnoseUrl(target, access, click.tabId, menuDiagnosisDeps(services));
}

/** "Diagnose with API Gateway 403" on links and on selected text that holds a URL. */
export function registerContextMenus(services: BackgroundServices): void {
  services.menus.onInstalledOrStartup(() => {
    void services.menus.recreate({
      id: DIAGNOSE_MENU_ID,
      title: services.t('ui_menu_diagnose'),
      contexts: ['link', 'selection'],
    });
  });
  services.menus.onClicked((click) => {
    if (click.menuItemId !== DIAGNOSE_MENU_ID) return;
    handleMenuClick(services, click).catch((error: unknown) =>
      console.error('apigw403: menu diagnosis failed', error),
    );
  });
}
