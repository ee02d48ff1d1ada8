import type { Exchange } from '../../core/index.ts';
import type { NewRecord } from './actions.ts';
import type { RequestRecord } from './types.ts';

/**
 * Chromium lists a failed CORS preflight and the request it blocked as two entries: the OPTIONS (often the one
 * with API Gateway's 403) and the real request with status 0 and `net::ERR_FAILED`, the "CORS error" page code
 * saw. Pairing them lets the blocked request point at the preflight that explains it.
 */

function preflightTarget(record: Pick<RequestRecord, 'exchange' | 'preflightFor'>): string {
  return record.preflightFor ?? record.exchange.url;
}

function requestedMethod(preflight: Exchange): string | undefined {
  return preflight.requestHeaders
    .find((header) => header.name === 'access-control-request-method')
    ?.value.toUpperCase();
}

function isFailedPreflight(exchange: Exchange): boolean {
  return exchange.isPreflight && (exchange.status < 200 || exchange.status >= 300);
}

function isBlockedRequest(exchange: Exchange): boolean {
  return !exchange.isPreflight && exchange.status === 0;
}

function pairs(preflight: RequestRecord | NewRecord, blocked: RequestRecord | NewRecord): boolean {
  const method = requestedMethod(preflight.exchange);
  return (
    isFailedPreflight(preflight.exchange) &&
    isBlockedRequest(blocked.exchange) &&
    preflightTarget(preflight) === blocked.exchange.url &&
    (method === undefined || method === blocked.exchange.method)
  );
}

/**
 * How far back a pair is looked for. A preflight and the request it blocked are logged within moments of each
 * other; scanning a whole list (a HAR file of 100k entries in the analyzer page) for each of thousands of failed
 * requests (a page gone offline) would be quadratic.
 */
const PAIRING_WINDOW = 500;

/** The id of the newest unpaired record, among the recent ones, that `record` pairs with, if any. */
export function findPairFor(
  record: NewRecord,
  records: Record<string, RequestRecord>,
  order: readonly string[],
): string | undefined {
  // Most requests are neither: don't scan the list for them.
  if (!isFailedPreflight(record.exchange) && !isBlockedRequest(record.exchange)) return undefined;
  const oldest = Math.max(0, order.length - PAIRING_WINDOW);
  for (let index = order.length - 1; index >= oldest; index--) {
    const other = records[order[index] as string];
    if (!other || other.pairedId) continue;
    if (pairs(record, other) || pairs(other, record)) return other.id;
  }
  return undefined;
}
