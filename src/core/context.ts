import { headerValue } from './exchange.ts';
import { apiKey, gatewayEndpoint, isExecuteApiKind } from './gateway.ts';
import { whoAnswered } from './origin.ts';
import { parseSigV4 } from './sigv4.ts';
import type { ApiHistory, Exchange, SessionContext } from './types.ts';

export function emptyContext(): SessionContext {
  return { apis: {}, gatewayDomains: [] };
}

function emptyHistory(): ApiHistory {
  return {
    stagesThatWorked: [],
    pathsThatWorked: [],
    signedCalls: 0,
    apiKeySuccesses: 0,
    successes: 0,
    forbiddenFirstSegments: [],
  };
}

/** Each remembered list keeps its latest entries only: memory and per-request cost stay bounded. */
const MAX_REMEMBERED = 200;

function withItem(list: string[], item: string | undefined): string[] {
  if (item === undefined || list.includes(item)) return list;
  return list.length < MAX_REMEMBERED ? [...list, item] : [...list.slice(1 - MAX_REMEMBERED), item];
}

/** Whether a status means the request got through (redirects included). */
export function succeeded(status: number): boolean {
  return status >= 200 && status < 400;
}

/** The session's history for the API (or custom domain) this exchange called. */
export function historyFor(context: SessionContext, exchange: Exchange): ApiHistory {
  const endpoint = gatewayEndpoint(exchange, context.gatewayDomains);
  return context.apis[apiKey(endpoint, exchange.host)] ?? emptyHistory();
}

/**
 * Records what one exchange shows about its API; pure, returns a new context. An exchange too broken
 * to read (it may arrive over a message port) leaves the context unchanged.
 */
export function addToContext(context: SessionContext, exchange: Exchange): SessionContext {
  try {
    return recorded(context, exchange);
  } catch {
    return context;
  }
}

function recorded(context: SessionContext, exchange: Exchange): SessionContext {
  const endpoint = gatewayEndpoint(exchange, context.gatewayDomains);
  if (endpoint.kind === 'aws-service' || exchange.status === 0) return context;
  const key = apiKey(endpoint, exchange.host);
  const before = context.apis[key] ?? emptyHistory();
  // A WAF challenge or CAPTCHA (202/405 + x-amzn-waf-action) is an interstitial, not an answer of the API.
  const wafInterstitial = headerValue(exchange.responseHeaders, 'x-amzn-waf-action') !== undefined;
  const ok = succeeded(exchange.status) && !exchange.isPreflight && !wafInterstitial;
  const signed = parseSigV4(exchange) !== undefined;
  const apiKeySent = headerValue(exchange.requestHeaders, 'x-api-key') !== undefined;
  const stage = isExecuteApiKind(endpoint.kind) ? endpoint.stage : undefined;
  const after: ApiHistory = {
    stagesThatWorked: ok ? withItem(before.stagesThatWorked, stage) : before.stagesThatWorked,
    pathsThatWorked: ok
      ? withItem(before.pathsThatWorked, `${exchange.method} ${exchange.path}`)
      : before.pathsThatWorked,
    signedCalls: before.signedCalls + (signed ? 1 : 0),
    apiKeySuccesses: before.apiKeySuccesses + (apiKeySent && ok ? 1 : 0),
    successes: before.successes + (ok ? 1 : 0),
    forbiddenFirstSegments:
      exchange.status === 403
        ? withItem(before.forbiddenFirstSegments, endpoint.firstSegment ?? '')
        : before.forbiddenFirstSegments,
  };
  const isGatewayDomain = endpoint.kind === 'custom-domain' && whoAnswered(exchange).layer === 'api-gateway';
  return {
    apis: { ...context.apis, [key]: after },
    gatewayDomains: isGatewayDomain
      ? withItem(context.gatewayDomains, exchange.host)
      : context.gatewayDomains,
  };
}

/** The context of a whole session (e.g. every entry of a HAR file). */
export function contextFrom(exchanges: Iterable<Exchange>): SessionContext {
  let context = emptyContext();
  for (const exchange of exchanges) context = addToContext(context, exchange);
  return context;
}
