import { headerValue } from './exchange.ts';
import { apiKey, gatewayEndpoint, isExecuteApiKind } from './gateway.ts';
import { parseSigV4 } from './sigv4.ts';
import type { ApiHistory, Exchange, SessionContext } from './types.ts';

export function emptyContext(): SessionContext {
  return { apis: {}, gatewayDomains: [] };
}

/**
 * Everything the session context learns from one exchange, and nothing else: plain JSON, a few
 * short strings. A file read keeps these instead of exchanges, and a capture can send them instead
 * of a whole success it does not classify.
 */
export interface ContextFacts {
  /** The history it counts in (`api:<apiId>` on execute-api hosts, `host:<hostname>` elsewhere). */
  api: string;
  /** It got through: 2xx/3xx, not a preflight, not a WAF challenge or CAPTCHA. */
  worked: boolean;
  /** `METHOD /path`. */
  call: string;
  /** The stage (first path segment) on execute-api hosts. */
  stage?: string;
  signed: boolean;
  apiKeySent: boolean;
  /** A 403's first path segment ('' when the path has none). */
  forbiddenSegment?: string;
  /** The host, when it is not an execute-api host yet answered as API Gateway does (a custom domain). */
  gatewayDomain?: string;
}

/** Whether a status means the request got through (redirects included). */
export function succeeded(status: number): boolean {
  return status >= 200 && status < 400;
}

/**
 * What `exchange` shows about its API, or undefined when it shows nothing (AWS's own service
 * endpoints, a request never answered). Throws on an exchange too broken to read.
 */
export function contextFacts(exchange: Exchange): ContextFacts | undefined {
  // Known custom domains only turn an `other` endpoint into a `custom-domain` one, which changes
  // nothing learnt here: the facts do not depend on the context they are added to.
  const endpoint = gatewayEndpoint(exchange);
  if (endpoint.kind === 'aws-service' || exchange.status === 0) return undefined;
  // A WAF challenge or CAPTCHA (202/405 + x-amzn-waf-action) is an interstitial, not an answer of the API.
  const wafInterstitial = headerValue(exchange.responseHeaders, 'x-amzn-waf-action') !== undefined;
  const stage = isExecuteApiKind(endpoint.kind) ? endpoint.stage : undefined;
  // Without known domains, `custom-domain` means the response carries API Gateway's id headers;
  // without a WAF action too, that is whoAnswered's `api-gateway` layer.
  const gatewayDomain = endpoint.kind === 'custom-domain' && !wafInterstitial;
  return {
    api: apiKey(endpoint, exchange.host),
    worked: succeeded(exchange.status) && !exchange.isPreflight && !wafInterstitial,
    call: `${exchange.method} ${exchange.path}`,
    ...(stage === undefined ? {} : { stage }),
    signed: parseSigV4(exchange) !== undefined,
    apiKeySent: headerValue(exchange.requestHeaders, 'x-api-key') !== undefined,
    ...(exchange.status === 403 ? { forbiddenSegment: endpoint.firstSegment ?? '' } : {}),
    ...(gatewayDomain ? { gatewayDomain: exchange.host } : {}),
  };
}

/** Each remembered list keeps its latest entries only: memory and per-request cost stay bounded. */
const MAX_REMEMBERED = 200;

/** A list of the latest distinct items, at most MAX_REMEMBERED, oldest first; added to in place. */
class Remembered {
  readonly #items: string[];
  #set: Set<string> | undefined;

  constructor(items: readonly string[]) {
    this.#items = [...items];
  }

  add(item: string | undefined): void {
    if (item === undefined) return;
    // A set answers "seen?" once the list is long enough for a scan to cost more than building it.
    if (this.#set === undefined && this.#items.length > 16) this.#set = new Set(this.#items);
    if (this.#set ? this.#set.has(item) : this.#items.includes(item)) return;
    this.#items.push(item);
    this.#set?.add(item);
    while (this.#items.length > MAX_REMEMBERED) this.#set?.delete(this.#items.shift() as string);
  }

  list(): string[] {
    return [...this.#items];
  }
}

interface HistoryBuilder {
  stagesThatWorked: Remembered;
  pathsThatWorked: Remembered;
  forbiddenFirstSegments: Remembered;
  signedCalls: number;
  apiKeySuccesses: number;
  successes: number;
}

function historyBuilder(history: ApiHistory | undefined): HistoryBuilder {
  return {
    stagesThatWorked: new Remembered(history?.stagesThatWorked ?? []),
    pathsThatWorked: new Remembered(history?.pathsThatWorked ?? []),
    forbiddenFirstSegments: new Remembered(history?.forbiddenFirstSegments ?? []),
    signedCalls: history?.signedCalls ?? 0,
    apiKeySuccesses: history?.apiKeySuccesses ?? 0,
    successes: history?.successes ?? 0,
  };
}

/**
 * A session context learnt fact by fact, in place: a whole file costs one copy of each history it
 * touches instead of one copy per entry. `context()` is the plain JSON result; the context it
 * started from is never changed.
 */
export class ContextBuilder {
  readonly #base: SessionContext;
  readonly #touched = new Map<string, HistoryBuilder>();
  readonly #gatewayDomains: Remembered;

  constructor(base: SessionContext = emptyContext()) {
    this.#base = base;
    this.#gatewayDomains = new Remembered(base.gatewayDomains);
  }

  /** What one exchange shows; one too broken to read (it may arrive over a message port) teaches nothing. */
  addExchange(exchange: Exchange): void {
    let facts: ContextFacts | undefined;
    try {
      facts = contextFacts(exchange);
    } catch {
      return;
    }
    this.add(facts);
  }

  add(facts: ContextFacts | undefined): void {
    if (facts === undefined) return;
    let history = this.#touched.get(facts.api);
    if (history === undefined) {
      history = historyBuilder(this.#base.apis[facts.api]);
      this.#touched.set(facts.api, history);
    }
    if (facts.worked) {
      history.stagesThatWorked.add(facts.stage);
      history.pathsThatWorked.add(facts.call);
      history.successes += 1;
      if (facts.apiKeySent) history.apiKeySuccesses += 1;
    }
    if (facts.signed) history.signedCalls += 1;
    history.forbiddenFirstSegments.add(facts.forbiddenSegment);
    this.#gatewayDomains.add(facts.gatewayDomain);
  }

  context(): SessionContext {
    const apis = { ...this.#base.apis };
    for (const [api, history] of this.#touched)
      apis[api] = {
        stagesThatWorked: history.stagesThatWorked.list(),
        pathsThatWorked: history.pathsThatWorked.list(),
        signedCalls: history.signedCalls,
        apiKeySuccesses: history.apiKeySuccesses,
        successes: history.successes,
        forbiddenFirstSegments: history.forbiddenFirstSegments.list(),
      };
    return { apis, gatewayDomains: this.#gatewayDomains.list() };
  }
}

/** The session's history for the API (or custom domain) this exchange called. */
export function historyFor(context: SessionContext, exchange: Exchange): ApiHistory {
  const endpoint = gatewayEndpoint(exchange, context.gatewayDomains);
  return context.apis[apiKey(endpoint, exchange.host)] ?? emptyHistory();
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

/**
 * Records what one exchange shows about its API; pure, returns a new context. An exchange too broken
 * to read (it may arrive over a message port) leaves the context unchanged.
 */
export function addToContext(context: SessionContext, exchange: Exchange): SessionContext {
  try {
    const facts = contextFacts(exchange);
    if (facts === undefined) return context;
    const builder = new ContextBuilder(context);
    builder.add(facts);
    return builder.context();
  } catch {
    return context;
  }
}

/** The context of a whole session (e.g. every entry of a HAR file). */
export function contextFrom(exchanges: Iterable<Exchange>): SessionContext {
  const builder = new ContextBuilder();
  for (const exchange of exchanges) builder.addExchange(exchange);
  return builder.context();
}
