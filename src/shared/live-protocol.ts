import type { Diagnosis, Exchange, HarEntryLike } from '../core/index.ts';
import { isExchangeShape, isRecord } from './guards.ts';
import { PROTOCOL_SOURCE } from './protocol.ts';
import { REPLAY_VARIANTS, type ReplayVariant } from './replay-plan.ts';

/**
 * One-shot messages (runtime.sendMessage) for requests the worker sends on the user's behalf: the context-menu
 * "Diagnose" and the panel's replay. Unlike `classify`, these are not re-sent after a worker restart: re-sending a
 * request to someone's API must only ever happen because the user clicked.
 */

/** How a request the worker sent on the user's behalf ended. */
export type LiveOutcome =
  | { kind: 'answered'; exchange: Exchange; entry: HarEntryLike; diagnosis: Diagnosis; notResent: string[] }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'network-error'; message: string }
  | { kind: 'redirect-not-followed'; url: string }
  | { kind: 'permission-refused'; origin: string; message?: string }
  | { kind: 'not-a-url'; input: string; reason: 'no-url' | 'unsupported-scheme' }
  | { kind: 'method-not-allowed'; method: string };

/** A context-menu diagnosis, stored in storage.session under `menuResultKey(id)` for the result page. */
export interface MenuResult {
  id: string;
  requestedAt: string;
  url?: string;
  origin?: string;
  /** The tab the click came from, so "Allow and retry" can show the new result in that tab's panel. */
  tabId?: number;
  outcome: LiveOutcome;
}

export interface ReplayResult {
  variant: ReplayVariant;
  /** The captured exchange classified with the same (empty) context as the replay, so the two compare. */
  before: Diagnosis;
  outcome: LiveOutcome;
}

/** Page → worker requests, each with its reply: the one map both the callers and the worker's handlers are typed by. */
export interface LiveRequests {
  /** `bodyConfirmed` must be true for methods other than GET/HEAD/OPTIONS (the user saw the body). */
  replay: {
    params: { exchange: Exchange; variant: ReplayVariant; bodyConfirmed: boolean };
    reply: ReplayResult;
  };
  /** Diagnose a URL again after the user granted access on the result page. */
  diagnoseUrl: { params: { url: string; tabId?: number }; reply: { resultId: string } };
  /**
   * Open the analyzer page on a HAR the panel put in storage.session under `harKey`. The worker opens it: Firefox
   * gives DevTools panels no tabs API (and no window.open), Chrome's worker opens tabs as well.
   */
  openAnalyzer: { params: { harKey: string }; reply: true };
  /** Open the page that asks the user for access to `origin` (Firefox: DevTools panels cannot ask themselves). */
  askOriginAccess: { params: { origin: string }; reply: true };
}

/** Worker → every extension page; `reply` is what the one page concerned answers (the others stay silent). */
export interface LiveBroadcasts {
  /** "Show this menu result in the panel of tab N": the panel of that tab answers `true`. */
  showMenuResult: { params: { tabId: number; result: MenuResult }; reply: true };
  /** From the access page: what the user answered for `origin`; the panel waiting for it answers `true`. */
  originAccessAnswered: { params: { origin: string; granted: boolean }; reply: true };
}

/** A map of one-shot messages: each type with its params and its reply. */
export type OneShotMap<Map> = { [Type in keyof Map]: { params: unknown; reply: unknown } };

export type OneShotMessage<Map extends OneShotMap<Map>, Type extends keyof Map = keyof Map> = {
  [T in Type]: { source: typeof PROTOCOL_SOURCE; type: T; params: Map[T]['params'] };
}[Type];

export type LiveRequest = OneShotMessage<LiveRequests>;
export type LiveBroadcast = OneShotMessage<LiveBroadcasts>;

export function oneShotMessage<Map extends OneShotMap<Map>, Type extends keyof Map>(
  type: Type,
  params: Map[Type]['params'],
): OneShotMessage<Map, Type> {
  return { source: PROTOCOL_SOURCE, type, params } as OneShotMessage<Map, Type>;
}

const VARIANTS: ReadonlySet<unknown> = new Set<ReplayVariant>(REPLAY_VARIANTS);

/** Per type, what the receiver reads of the params. */
type ParamsGuards<Map> = { [Type in keyof Map]: (params: Record<string, unknown>) => boolean };

/** One of our one-shot messages of a type in `guards`, with the params that type needs; anything else is not. */
function isOneShotOf<Map>(value: unknown, guards: ParamsGuards<Map>): boolean {
  if (!isRecord(value) || value.source !== PROTOCOL_SOURCE || !isRecord(value.params)) return false;
  const { type, params } = value;
  if (typeof type !== 'string' || !Object.hasOwn(guards, type)) return false;
  return guards[type as keyof Map](params);
}

const REQUEST_PARAMS: ParamsGuards<LiveRequests> = {
  replay: (params) =>
    isExchangeShape(params.exchange) &&
    VARIANTS.has(params.variant) &&
    typeof params.bodyConfirmed === 'boolean',
  diagnoseUrl: (params) =>
    typeof params.url === 'string' && (params.tabId === undefined || typeof params.tabId === 'number'),
  openAnalyzer: (params) => typeof params.harKey === 'string',
  askOriginAccess: (params) => typeof params.origin === 'string',
};

/** Checks exactly what the worker reads, so a malformed or foreign message is ignored, never acted upon. */
export function isLiveRequest(value: unknown): value is LiveRequest {
  return isOneShotOf(value, REQUEST_PARAMS);
}

/** Replies cross a process boundary too: check what the panel reads before rendering it. */
export function isReplayResult(value: unknown): value is ReplayResult {
  return (
    isRecord(value) &&
    VARIANTS.has(value.variant) &&
    isRecord(value.before) &&
    Array.isArray(value.before.causes) &&
    isRecord(value.outcome) &&
    typeof value.outcome.kind === 'string'
  );
}

type ReplyGuards<Map extends OneShotMap<Map>> = {
  [Type in keyof Map]: (value: unknown) => value is Map[Type]['reply'];
};

/** What a page checks of each reply before it trusts it. */
export const LIVE_REPLY_GUARDS: ReplyGuards<LiveRequests> = {
  replay: isReplayResult,
  diagnoseUrl: (value): value is { resultId: string } =>
    isRecord(value) && typeof value.resultId === 'string',
  openAnalyzer: (value): value is true => value === true,
  askOriginAccess: (value): value is true => value === true,
};

const BROADCAST_PARAMS: ParamsGuards<LiveBroadcasts> = {
  showMenuResult: (params) =>
    typeof params.tabId === 'number' &&
    isRecord(params.result) &&
    typeof params.result.id === 'string' &&
    isRecord(params.result.outcome),
  originAccessAnswered: (params) => typeof params.origin === 'string' && typeof params.granted === 'boolean',
};

export function isLiveBroadcast(value: unknown): value is LiveBroadcast {
  return isOneShotOf(value, BROADCAST_PARAMS);
}

export const LIVE_BROADCAST_REPLY_GUARDS: ReplyGuards<LiveBroadcasts> = {
  showMenuResult: (value): value is true => value === true,
  originAccessAnswered: (value): value is true => value === true,
};
