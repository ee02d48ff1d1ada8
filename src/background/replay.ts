import { classify, type Exchange, emptyContext } from '../core/index.ts';
import type { LiveOutcome, ReplayResult } from '../shared/live-protocol.ts';
import {
  buildReplayRequest,
  methodGate,
  type ReplayRequest,
  type ReplayVariant,
} from '../shared/replay-plan.ts';
import { diagnosedOutcome, type LiveAnswer } from './live-request.ts';

/**
 * Re-sends a captured request from the worker, after the user confirmed it in the panel, and classifies the
 * answer next to the original. Both are classified with the same empty context so the comparison shows what
 * the changed request did, not what the rest of the session suggests.
 */
export interface ReplayDeps {
  hasAccess: (origin: string) => Promise<boolean>;
  send: (request: ReplayRequest) => Promise<LiveAnswer>;
}

export interface ReplayParams {
  exchange: Exchange;
  variant: ReplayVariant;
  /** The user saw the body in a second confirmation; required for methods that can change server state. */
  bodyConfirmed: boolean;
}

export async function replay(params: ReplayParams, deps: ReplayDeps): Promise<ReplayResult> {
  const context = emptyContext();
  const before = classify(params.exchange, context);
  return { variant: params.variant, before, outcome: await replayOutcome(params, deps) };
}

async function replayOutcome(
  { exchange, variant, bodyConfirmed }: ReplayParams,
  deps: ReplayDeps,
): Promise<LiveOutcome> {
  const gate = methodGate(exchange.method);
  // The panel asks twice for these methods; the worker refuses too, so no other page can skip that step.
  if (gate === 'not-allowed' || (gate === 'confirm-body' && !bodyConfirmed)) {
    return { kind: 'method-not-allowed', method: exchange.method };
  }
  let origin: string;
  try {
    origin = new URL(exchange.url).origin;
  } catch {
    return { kind: 'not-a-url', input: exchange.url, reason: 'no-url' };
  }
  if (!(await deps.hasAccess(origin))) return { kind: 'permission-refused', origin };
  const request = buildReplayRequest(exchange, variant);
  return diagnosedOutcome(await deps.send(request), request.notResent);
}
