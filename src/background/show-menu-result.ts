import { broadcast } from '../messaging/one-shot.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import { resultPage } from '../shared/pages.ts';
import type { BackgroundServices } from './services.ts';

/**
 * Shows a context-menu result where the user is looking: in our DevTools panel when it is open on the tab the
 * click came from (that panel answers the broadcast with `true`), otherwise in the result page in a new tab.
 */
export async function showMenuResult(services: BackgroundServices, result: MenuResult): Promise<void> {
  if (result.tabId !== undefined) {
    const shownInPanel = await broadcast(services.sendMessage, 'showMenuResult', {
      tabId: result.tabId,
      result,
    });
    if (shownInPanel) return;
  }
  await services.openPage(resultPage(result.id));
}
