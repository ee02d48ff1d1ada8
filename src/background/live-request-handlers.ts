import { hasOriginAccess, type OriginAccess } from '../platform/permissions.ts';
import { onRuntimeMessage } from '../platform/runtime-messages.ts';
import { isLiveRequest, type LiveRequest } from '../shared/live-protocol.ts';
import { menuDiagnosisDeps, registerContextMenus } from './context-menus.ts';
import { diagnoseUrl } from './diagnose-url.ts';
import { sendLiveRequest } from './live-request.ts';
import { targetFromMenuClick } from './menu-target.ts';
import { replay } from './replay.ts';

/**
 * Everything the worker sends on the user's behalf: the page context menu, the result page's "allow and
 * retry", and the panel's replay.
 */

async function accessHeld(origin: string): Promise<OriginAccess> {
  return (await hasOriginAccess(origin)) ? { granted: true } : { granted: false, reason: 'declined' };
}

function answer(request: LiveRequest): Promise<unknown> {
  switch (request.type) {
    case 'replay':
      return replay(request.params, { hasAccess: hasOriginAccess, send: sendLiveRequest });
    case 'diagnoseUrl': {
      const target = targetFromMenuClick({ linkUrl: request.params.url });
      // The page asked for access during its own click (the worker has no gesture): only check what is held.
      const access = target.ok ? accessHeld(target.origin) : undefined;
      // The asking page shows the new result itself.
      const deps = { ...menuDiagnosisDeps, show: async () => undefined };
      return diagnoseUrl(target, access, request.params.tabId, deps).then((result) => ({
        resultId: result.id,
      }));
    }
  }
}

export function registerLiveRequestHandlers(): void {
  registerContextMenus();
  onRuntimeMessage((message) => (isLiveRequest(message) ? answer(message) : undefined));
}
