import { headerValue, headerValues } from './exchange.ts';
import { sha256Hex } from './sha256.ts';
import type { SigV4Info } from './sigv4.ts';
import type { Exchange } from './types.ts';
import { parseUrl } from './url.ts';

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters. */
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function canonicalQuery(rawQuery: string, source: SigV4Info['source']): string {
  if (rawQuery === '') return '';
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = safeDecode(equals < 0 ? pair : pair.slice(0, equals));
      const value = equals < 0 ? '' : safeDecode(pair.slice(equals + 1));
      return [uriEncode(name), uriEncode(value)] as const;
    })
    .filter(([name]) => !(source === 'query' && name === 'X-Amz-Signature'))
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/** Non-S3 services encode each path segment twice: the captured URL holds the first encoding. */
function canonicalPath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => uriEncode(segment))
    .join('/');
}

function canonicalHeaderValue(exchange: Exchange, name: string): string {
  const values = headerValues(exchange.requestHeaders, name);
  if (name === 'host' && values.length === 0) {
    const authority = headerValue(exchange.requestHeaders, ':authority');
    const parts = parseUrl(exchange.url);
    values.push(authority ?? (parts.port ? `${parts.host}:${parts.port}` : parts.host));
  }
  return values.map((value) => value.trim().replace(/\s+/g, ' ')).join(',');
}

/** The canonical request AWS would build from the captured request, one line per array element. */
export function canonicalRequest(exchange: Exchange, info: SigV4Info): string[] {
  const parts = parseUrl(exchange.url);
  const payloadHash =
    headerValue(exchange.requestHeaders, 'x-amz-content-sha256') ??
    (info.source === 'query' ? 'UNSIGNED-PAYLOAD' : sha256Hex(exchange.requestBody?.text ?? ''));
  return [
    exchange.method,
    canonicalPath(parts.path),
    canonicalQuery(parts.rawQuery, info.source),
    ...info.signedHeaders.map((name) => `${name}:${canonicalHeaderValue(exchange, name)}`),
    '',
    info.signedHeaders.join(';'),
    payloadHash,
  ];
}

const CANONICAL_IN_MESSAGE =
  /The Canonical String for this request should have been\s*'([\s\S]*?)'\s*(?:The String-to-Sign|$)/;

/** The canonical request AWS computed, when its InvalidSignatureException message includes it. */
export function expectedCanonicalRequest(message: string): string[] | undefined {
  const match = CANONICAL_IN_MESSAGE.exec(message);
  return match?.[1] === undefined ? undefined : match[1].split('\n');
}

export type CanonicalLine =
  | 'method'
  | 'path'
  | 'query'
  | 'header'
  | 'blank'
  | 'signed-headers'
  | 'payload-hash';

export interface CanonicalDifference {
  /** 1-based line number in the canonical request. */
  line: number;
  part: CanonicalLine;
  expected: string;
  actual: string;
}

function lineKind(index: number, total: number): CanonicalLine {
  if (index === 0) return 'method';
  if (index === 1) return 'path';
  if (index === 2) return 'query';
  if (index === total - 1) return 'payload-hash';
  if (index === total - 2) return 'signed-headers';
  if (index === total - 3) return 'blank';
  return 'header';
}

/** First line where AWS's canonical request and the one rebuilt from the capture differ. */
export function diffCanonical(expected: string[], actual: string[]): CanonicalDifference | undefined {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      return {
        line: i + 1,
        part: lineKind(i, expected.length),
        expected: expected[i] ?? '',
        actual: actual[i] ?? '',
      };
    }
  }
  return undefined;
}
