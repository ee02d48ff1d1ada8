import { isBlockedRequest, isFailedPreflight, preflightPairs } from '../../core/index.ts';
import type { NewRecord } from './actions.ts';
import type { RequestRecord } from './types.ts';

/** Pairing a failed preflight with the request it blocked lets that request point at what explains it. */

function pairs(preflight: RequestRecord | NewRecord, blocked: RequestRecord | NewRecord): boolean {
  return preflightPairs(
    preflight.exchange,
    blocked.exchange,
    preflight.preflightFor ?? preflight.exchange.url,
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
