/**
 * What a replay re-sends: pure decisions (which methods need which confirmation, which headers a
 * browser refuses to set, what each variant removes) kept apart from the fetch so they are unit-tested.
 */
import type { Exchange } from '../core/index.ts';

/**
 * `as-captured` re-sends the request; the other two drop one credential so the user sees how the answer
 * changes (e.g. 403 "Missing Authentication Token" both with and without a token means the route is missing).
 */
export const REPLAY_VARIANTS = ['as-captured', 'without-authorization', 'without-api-key'] as const;
export type ReplayVariant = (typeof REPLAY_VARIANTS)[number];

/**
 * `safe`: one confirmation. `confirm-body`: the method can change server state, so a second confirmation
 * shows the body first. `not-allowed`: fetch() itself refuses the method.
 */
export type MethodGate = 'safe' | 'confirm-body' | 'not-allowed';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Fetch standard "forbidden methods". */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

export function methodGate(method: string): MethodGate {
  const upper = method.toUpperCase();
  if (FORBIDDEN_METHODS.has(upper)) return 'not-allowed';
  return SAFE_METHODS.has(upper) ? 'safe' : 'confirm-body';
}

/**
 * Fetch standard "forbidden request headers": the browser sets these itself and silently ignores ours,
 * so listing them as dropped tells the user the replay differs there (notably: no cookies are sent).
 */
const FORBIDDEN_HEADERS = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

function isForbiddenHeader(name: string): boolean {
  // `:authority` and friends are HTTP/2 pseudo-headers DevTools shows as request headers.
  return (
    FORBIDDEN_HEADERS.has(name) ||
    name.startsWith(':') ||
    name.startsWith('proxy-') ||
    name.startsWith('sec-')
  );
}

const REMOVED_BY_VARIANT: Record<ReplayVariant, string | undefined> = {
  'as-captured': undefined,
  'without-authorization': 'authorization',
  'without-api-key': 'x-api-key',
};

export interface ReplayRequest {
  method: string;
  url: string;
  /** Header names lower-cased, in captured order. */
  headers: Array<[string, string]>;
  body?: string;
  /** Captured headers not re-sent because the browser forbids setting them, lower-cased, without repeats. */
  notResent: string[];
  /** The header this variant removed on purpose, if the request had it. */
  removed?: string;
}

export function buildReplayRequest(exchange: Exchange, variant: ReplayVariant): ReplayRequest {
  const removedName = REMOVED_BY_VARIANT[variant];
  const headers: Array<[string, string]> = [];
  const notResent: string[] = [];
  let removed: string | undefined;
  for (const { name, value } of exchange.requestHeaders) {
    const lower = name.toLowerCase();
    if (lower === removedName) {
      removed = lower;
    } else if (isForbiddenHeader(lower)) {
      if (!notResent.includes(lower)) notResent.push(lower);
    } else {
      headers.push([lower, value]);
    }
  }
  const method = exchange.method.toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : exchange.requestBody?.text;
  return {
    method,
    url: exchange.url,
    headers,
    ...(body !== undefined ? { body } : {}),
    notResent,
    ...(removed !== undefined ? { removed } : {}),
  };
}

/** The variants worth offering: dropping a header the request never had would only repeat `as-captured`. */
export function availableVariants(exchange: Exchange): ReplayVariant[] {
  const names = new Set(exchange.requestHeaders.map((h) => h.name.toLowerCase()));
  return REPLAY_VARIANTS.filter((variant) => {
    const removedName = REMOVED_BY_VARIANT[variant];
    return removedName === undefined || names.has(removedName);
  });
}
