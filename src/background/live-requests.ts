import { answerRequests } from '../messaging/one-shot.ts';
import type { OriginAccess } from '../platform/permissions.ts';
import { accessPage, handedOverHarPage } from '../shared/pages.ts';
import { menuDiagnosisDeps } from './context-menus.ts';
import { diagnoseUrl } from './diagnose-url.ts';
import { targetFromMenuClick } from './menu-target.ts';
import { replay } from './replay.ts';
import type { BackgroundServices } from './services.ts';

/**
 * The one-shot requests pages send the worker (`LiveRequests`): the panel's replay and "Open in the analyzer
 * page", and the result page's "allow and retry". Each handler is typed by the same map the pages' `request()` is.
 */
export function registerLiveRequests(services: BackgroundServices): void {
  async function accessHeld(origin: string): Promise<OriginAccess> {
    return (await services.hasOriginAccess(origin))
      ? { granted: true }
      : { granted: false, reason: 'declined' };
  }
  services.onMessage(
    answerRequests({
      replay: (params) => replay(params, { hasAccess: services.hasOriginAccess, send: services.send }),
      async diagnoseUrl(params) {
        const target = targetFromMenuClick({ linkUrl: params.url });
        // The page asked for access during its own click (the worker has no gesture): only check what is held.
        const access = target.ok ? accessHeld(target.origin) : undefined;
        // The asking page shows the new result itself.
        const deps = { ...menuDiagnosisDeps(services), show: async () => undefined };
        const result = await diagnoseUrl(target, access, params.tabId, deps);
        return { resultId: result.id };
      },
      async openAnalyzer({ harKey }) {
        await services.openPage(handedOverHarPage(harKey));
        return true;
      },
      async askOriginAccess({ origin }) {
        await services.openPage(accessPage(origin));
        return true;
      },
    }),
  );
}
