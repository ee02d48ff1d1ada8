import { sendRuntimeMessage } from '../platform/runtime-messages.ts';
import { openExtensionPage } from '../platform/tabs.ts';
import type { MenuResult, ShowMenuResult } from '../shared/live-protocol.ts';
import { resultPage } from '../shared/pages.ts';
import { PROTOCOL_SOURCE } from '../shared/protocol.ts';

/**
 * Shows a context-menu result where the user is looking: in our DevTools panel when it is open on the tab the
 * click came from (that panel answers the broadcast with `true`), otherwise in the result page in a new tab.
 */
export async function showMenuResult(result: MenuResult): Promise<void> {
  if (result.tabId !== undefined) {
    const message: ShowMenuResult = {
      source: PROTOCOL_SOURCE,
      type: 'showMenuResult',
      tabId: result.tabId,
      result,
    };
    const shownInPanel = await sendRuntimeMessage(message).catch(() => false);
    if (shownInPanel === true) return;
  }
  await openExtensionPage(resultPage(result.id));
}
