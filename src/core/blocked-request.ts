import { fact } from './evidence-fact.ts';
import type { Diagnosis, Exchange } from './types.ts';

/*
 * Chromium lists a failed CORS preflight and the request it blocked as two entries: the OPTIONS (often the one
 * with API Gateway's 403) and the real request with status 0 and `net::ERR_FAILED`, the "CORS error" page code
 * saw. The panel and the HAR pipeline pair them the same way.
 */

function requestedMethod(preflight: Exchange): string | undefined {
  return preflight.requestHeaders
    .find((header) => header.name === 'access-control-request-method')
    ?.value.toUpperCase();
}

export function isFailedPreflight(exchange: Exchange): boolean {
  return exchange.isPreflight && (exchange.status < 200 || exchange.status >= 300);
}

export function isBlockedRequest(exchange: Exchange): boolean {
  return !exchange.isPreflight && exchange.status === 0;
}

/**
 * Whether `blocked` is the request `preflight` was sent for: same URL (`target`: where DevTools says the
 * preflight was for, when it says), and the method the preflight asked about.
 */
export function preflightPairs(preflight: Exchange, blocked: Exchange, target = preflight.url): boolean {
  const method = requestedMethod(preflight);
  return (
    isFailedPreflight(preflight) &&
    isBlockedRequest(blocked) &&
    target === blocked.url &&
    (method === undefined || method === blocked.method)
  );
}

/**
 * A request a failed CORS preflight blocked got no answer (status 0, `net::ERR_FAILED`), so on its own nothing
 * explains it and `classify` leaves it unflagged. What explains it is its preflight: the blocked request takes the
 * preflight's diagnosis, each cause adding that this request was never sent.
 */
export function blockedByPreflight(
  blocked: Exchange,
  preflight: Exchange,
  preflightDiagnosis: Diagnosis,
): Diagnosis {
  const neverSent = fact('context', 'blocked_by_preflight', String(preflight.status));
  return {
    ...preflightDiagnosis,
    exchangeId: blocked.id,
    causes: preflightDiagnosis.causes.map((cause) => ({
      ...cause,
      evidence: [neverSent, ...cause.evidence],
    })),
  };
}
