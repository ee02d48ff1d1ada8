import { onBroadcast, requestOver } from '../../messaging/one-shot.ts';
import { canRequestAccessHere, type OriginAccess, requestOriginAccess } from '../../platform/permissions.ts';
import { onRuntimeMessage, sendRuntimeMessage } from '../../platform/runtime-messages.ts';
import type { ReplayServices } from './ReplayDialog.tsx';

/** One-shot requests to the worker (replay, opening the analyzer page). */
export const liveRequest = requestOver(sendRuntimeMessage);

/**
 * Firefox: the worker opens the access page (`#access=<origin>`), where the user's click may ask the browser;
 * the page announces the answer, which settles this promise.
 */
function accessAskedInATab(origin: string): Promise<OriginAccess> {
  return new Promise((resolve) => {
    const stop = onRuntimeMessage(
      onBroadcast('originAccessAnswered', (params) => {
        if (params.origin !== origin) return undefined;
        stop();
        resolve(params.granted ? { granted: true } : { granted: false, reason: 'declined' });
        return true;
      }),
    );
    liveRequest('askOriginAccess', { origin }).catch((error: unknown) => {
      stop();
      resolve({
        granted: false,
        reason: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    });
  });
}

/** The real browser behind the replay dialog; tests pass fakes instead. */
export const replayServices: ReplayServices = {
  requestOriginAccess: (origin: string): Promise<OriginAccess> =>
    canRequestAccessHere() ? requestOriginAccess(origin) : accessAskedInATab(origin),
  replay: (params) => liveRequest('replay', params),
};
