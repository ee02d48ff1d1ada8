import {
  type CanonicalDifference,
  canonicalRequest,
  diffCanonical,
  expectedCanonicalRequest,
} from './canonical-request.ts';
import { type ClockSkew, clockSkew } from './clock-skew.ts';
import { readGatewayError } from './error-message.ts';
import { maskSecrets } from './secrets.ts';
import { parseSigV4, type SigV4Info } from './sigv4.ts';
import type { Exchange } from './types.ts';

/** AWS's canonical request next to the one rebuilt from the capture, credentials masked, line by line. */
export interface CanonicalComparison {
  expected: string[];
  rebuilt: string[];
  /** The first line that differs (compared before masking); undefined when both are the same. */
  difference?: CanonicalDifference;
}

export interface SigV4Details {
  info: SigV4Info;
  skew?: ClockSkew;
  /** Only when the response quotes "The Canonical String for this request should have been …". */
  canonical?: CanonicalComparison;
}

function canonicalComparison(
  exchange: Exchange,
  info: SigV4Info,
  message: string | undefined,
): CanonicalComparison | undefined {
  const expected = message ? expectedCanonicalRequest(message) : undefined;
  if (!expected) return undefined;
  const rebuilt = canonicalRequest(exchange, info);
  const difference = diffCanonical(expected, rebuilt);
  return {
    expected: expected.map(maskSecrets),
    rebuilt: rebuilt.map(maskSecrets),
    ...(difference ? { difference } : {}),
  };
}

/**
 * Everything the SigV4 tab shows about a signed request: the signature taken apart, the client's clock skew
 * and, when AWS sent its canonical request, how it compares with the captured request. Undefined when unsigned.
 */
export function sigv4Details(exchange: Exchange, hostRegion?: string): SigV4Details | undefined {
  const info = parseSigV4(exchange, hostRegion);
  if (!info) return undefined;
  const { message } = readGatewayError(exchange);
  const skew = clockSkew(exchange, message, info.amzDate);
  const canonical = canonicalComparison(exchange, info, message);
  return { info, ...(skew ? { skew } : {}), ...(canonical ? { canonical } : {}) };
}
