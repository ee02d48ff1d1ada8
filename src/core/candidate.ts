import { exchangeFromHarEntry } from './exchange.ts';
import { gatewayEndpoint } from './gateway.ts';
import { whoAnswered } from './origin.ts';

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
