import { requestOver } from '../../messaging/one-shot.ts';
import { type OriginAccess, requestOriginAccess } from '../../platform/permissions.ts';
import { sendRuntimeMessage } from '../../platform/runtime-messages.ts';
import type { ReplayServices } from './ReplayDialog.tsx';

const request = requestOver(sendRuntimeMessage);

/** The real browser behind the replay dialog; tests pass fakes instead. */
export const replayServices: ReplayServices = {
  requestOriginAccess: (origin: string): Promise<OriginAccess> => requestOriginAccess(origin),
  replay: (params) => request('replay', params),
};
