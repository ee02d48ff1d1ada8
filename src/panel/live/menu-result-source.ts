import { onBroadcast } from '../../messaging/one-shot.ts';
import { onRuntimeMessage } from '../../platform/runtime-messages.ts';
import type { MenuResult } from '../../shared/live-protocol.ts';

/**
 * Context-menu results the worker broadcasts for one tab. Answering `true` tells the worker this panel shows the
 * result, so it does not open the result page as well.
 */
export function onMenuResultFor(tabId: number, listener: (result: MenuResult) => void): () => void {
  return onRuntimeMessage(
    onBroadcast('showMenuResult', (params) => {
      if (params.tabId !== tabId) return undefined;
      listener(params.result);
      return true;
    }),
  );
}
