import { headerValue } from './exchange.ts';
import type { Exchange } from './types.ts';

/** `20170517T062414Z` → epoch milliseconds. */
export function parseAmzDate(value: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
}

/** Parses an HTTP `Date` header (IMF-fixdate) into epoch milliseconds. */
export function parseHttpDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

export interface ClockSkew {
  /** Client clock minus server clock, in seconds (negative: client behind). */
  seconds: number;
  source: 'message' | 'date-header';
  requestTime: string;
  serverTime: string;
}

const EXPIRED =
  /Signature expired:\s*(\d{8}T\d{6}Z) is now earlier than (\d{8}T\d{6}Z) \((\d{8}T\d{6}Z) - 5 min\.?\)/i;
const NOT_YET =
  /Signature not yet current:\s*(\d{8}T\d{6}Z) is still later than (\d{8}T\d{6}Z) \((\d{8}T\d{6}Z) \+ 5 min\.?\)/i;

/**
 * Client clock skew. AWS's own timestamps (request time, server time) in a `Signature expired` /
 * `not yet current` message are exact; otherwise compare X-Amz-Date with the response Date.
 */
export function clockSkew(
  exchange: Exchange,
  message: string | undefined,
  amzDate?: string,
): ClockSkew | undefined {
  const fromMessage = message ? (EXPIRED.exec(message) ?? NOT_YET.exec(message)) : null;
  if (fromMessage) {
    const requestTime = fromMessage[1] ?? '';
    const serverTime = fromMessage[3] ?? '';
    const request = parseAmzDate(requestTime);
    const server = parseAmzDate(serverTime);
    if (request !== undefined && server !== undefined) {
      return { seconds: Math.round((request - server) / 1000), source: 'message', requestTime, serverTime };
    }
  }
  const dateHeader = headerValue(exchange.responseHeaders, 'date');
  const request = amzDate ? parseAmzDate(amzDate) : undefined;
  const server = parseHttpDate(dateHeader);
  if (request === undefined || server === undefined || !amzDate || !dateHeader) return undefined;
  return {
    seconds: Math.round((request - server) / 1000),
    source: 'date-header',
    requestTime: amzDate,
    serverTime: dateHeader,
  };
}
