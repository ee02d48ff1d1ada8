import { exchangeFromHarEntry, type HarEntryLike, recordGaps } from './exchange.ts';
import { GATEWAY_ID_HEADERS, gatewayEndpoint, isExecuteApiHost } from './gateway.ts';
import { whoAnswered } from './origin.ts';
import { parseUrl } from './url.ts';

export interface CandidateInput {
  status: number;
  url: string;
  method?: string;
  responseHeaders: Array<{ name: string; value: string }>;
  requestHeaders?: Array<{ name: string; value: string }>;
}

function isWafInterstitial(status: number, headers: CandidateInput['responseHeaders']): boolean {
  return (
    (status === 202 || status === 405) && headers.some((h) => h.name.toLowerCase() === 'x-amzn-waf-action')
  );
}

/**
 * The cheap pre-filter run on every finished request, before its body is fetched: could this be a
 * response the classifier explains? Errors from API Gateway hosts or custom domains that answer
 * like it, 401/403 from the layers in front of it, WAF blocks and challenges. AWS service endpoints never are.
 * `knownGatewayDomains`: custom domains the user (or the session context) says are API Gateway.
 */
export function isCandidate(input: CandidateInput, knownGatewayDomains: readonly string[] = []): boolean {
  const status = input.status;
  const waf = isWafInterstitial(status, input.responseHeaders);
  if (!waf && (status < 400 || status > 499)) return false;
  const exchange = exchangeFromHarEntry({
    request: { method: input.method ?? 'GET', url: input.url, headers: input.requestHeaders ?? [] },
    response: { status, headers: input.responseHeaders },
  });
  const endpoint = gatewayEndpoint(exchange, knownGatewayDomains);
  if (endpoint.kind === 'aws-service') return false;
  if (waf) return true;
  if (endpoint.kind !== 'other') return true;
  const layer = whoAnswered(exchange).layer;
  // A WAF custom response may use any 4xx status; the waf-blocked rule explains them all.
  return (status === 401 || status === 403 || layer === 'waf') && layer !== 'unknown';
}

export type Relevance =
  /** Worth a body and a diagnosis: an error API Gateway (or what is in front of it) may explain. */
  | 'candidate'
  /** A success from an API Gateway host: no row, but the session context learns from it (a stage or path that works). */
  | 'context'
  /** A row in the "all 4xx" view, or a request a failed preflight blocked; never classified. */
  | 'listed'
  | 'ignored';

export interface RelevanceOptions {
  /** Custom domains the user (or the session context) says are API Gateway. */
  knownGatewayDomains?: readonly string[];
  /**
   * The body is already at hand (a HAR file), so any 401/403 is classified: only its body may show that S3 or a
   * CloudFront error page answered. Live capture would pay a getContent() for each; there they stay listed.
   * A record that does not say the status (a body alone, a URL alone) is classified too: it was kept because it failed.
   */
  bodyAtHand?: boolean;
}

/**
 * The one pre-filter, on the HAR entry alone (status, URL, headers), before anything costs a body, a message or
 * a classification. The panel, the HAR pipeline (CLI, analyzer page) and the worker all decide with it.
 */
export function relevanceOf(entry: HarEntryLike, options: RelevanceOptions = {}): Relevance {
  const status = entry.response.status;
  const responseHeaders = entry.response.headers ?? [];
  if (options.bodyAtHand && (status === 401 || status === 403 || recordGaps(entry).status))
    return 'candidate';
  const input = {
    status,
    url: entry.request.url,
    method: entry.request.method,
    responseHeaders,
    requestHeaders: entry.request.headers ?? [],
  };
  if (isCandidate(input, options.knownGatewayDomains)) return 'candidate';
  if (status >= 400 && status < 500) return 'listed';
  if (status === 0 && (entry.response._error ?? entry._error)) return 'listed';
  if (status < 200 || status >= 400) return 'ignored';
  const fromGateway =
    responseHeaders.some((h) => GATEWAY_ID_HEADERS.includes(h.name.toLowerCase())) ||
    isExecuteApiHost(parseUrl(entry.request.url).host);
  return fromGateway ? 'context' : 'ignored';
}
