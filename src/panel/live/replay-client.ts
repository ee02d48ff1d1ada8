import { type OriginAccess, requestOriginAccess } from '../../platform/permissions.ts';
import { sendRuntimeMessage } from '../../platform/runtime-messages.ts';
import { isReplayResult, liveRequest, type ReplayResult } from '../../shared/live-protocol.ts';
import type { ReplayServices } from './ReplayDialog.tsx';

/** The real browser behind the replay dialog; tests pass fakes instead. */
export const replayServices: ReplayServices = {
  requestOriginAccess: (origin: string): Promise<OriginAccess> => requestOriginAccess(origin),
  async replay(params): Promise<ReplayResult> {
    const reply = await sendRuntimeMessage(liveRequest('replay', params));
    if (!isReplayResult(reply)) throw new Error('The extension service worker did not answer the replay.');
    return reply;
  },
};
