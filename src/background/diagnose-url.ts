import type { OriginAccess } from '../platform/permissions.ts';
import type { LiveOutcome, MenuResult } from '../shared/live-protocol.ts';
import type { ReplayRequest } from '../shared/replay-plan.ts';
import { diagnosedOutcome, type LiveAnswer } from './live-request.ts';
import type { MenuTarget } from './menu-target.ts';

/**
 * "Diagnose with API Gateway 403" on a link or selected URL: send one GET (no cookies) to that URL, classify the
 * answer, keep the result for the result page, and show it. Everything that touches the browser is passed in,
 * so the flow (including refusal, timeout and network error) is unit-tested.
 */
export interface DiagnoseUrlDeps {
  send: (request: ReplayRequest) => Promise<LiveAnswer>;
  save: (result: MenuResult) => Promise<void>;
  /** Shows the result in the tab's panel when DevTools is open there, otherwise in the result page. */
  show: (result: MenuResult) => Promise<void>;
  newId: () => string;
  now: () => Date;
}

/**
 * @param access the pending permission answer; the caller starts it synchronously inside the click, because
 *   Chrome only prompts during a user gesture and the gesture does not survive an await.
 */
export async function diagnoseUrl(
  target: MenuTarget,
  access: Promise<OriginAccess> | undefined,
  tabId: number | undefined,
  deps: DiagnoseUrlDeps,
): Promise<MenuResult> {
  const outcome = await outcomeFor(target, access, deps);
  const result: MenuResult = {
    id: deps.newId(),
    requestedAt: deps.now().toISOString(),
    ...(target.ok ? { url: target.url, origin: target.origin } : {}),
    ...(tabId !== undefined ? { tabId } : {}),
    outcome,
  };
  await deps.save(result);
  await deps.show(result);
  return result;
}

async function outcomeFor(
  target: MenuTarget,
  access: Promise<OriginAccess> | undefined,
  deps: DiagnoseUrlDeps,
): Promise<LiveOutcome> {
  if (!target.ok) return { kind: 'not-a-url', input: target.input, reason: target.reason };
  const granted = (await access) ?? { granted: false, reason: 'declined' };
  if (!granted.granted) {
    return {
      kind: 'permission-refused',
      origin: target.origin,
      ...(granted.message !== undefined ? { message: granted.message } : {}),
    };
  }
  const notResent = ['cookie'];
  return diagnosedOutcome(
    await deps.send({ method: 'GET', url: target.url, headers: [], notResent }),
    notResent,
  );
}
