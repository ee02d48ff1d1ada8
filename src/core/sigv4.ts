import { headerValue, headerValues } from './exchange.ts';
import { sha256Hex } from './sha256.ts';
import type { Exchange } from './types.ts';
import { parseUrl } from './url.ts';

/** A defect in how the request carries its SigV4 signature, found without the secret key. */
export type SigV4Defect =
  | 'missing-credential'
  | 'missing-signature'
  | 'missing-signed-headers'
  | 'missing-date'
  | 'whitespace-in-value'
  | 'newline-in-value'
  | 'scope-not-execute-api'
  | 'scope-region-mismatch'
  | 'scope-date-mismatch';

export interface SigV4Info {
  source: 'header' | 'query';
  accessKeyId?: string;
  scopeDate?: string;
  region?: string;
  service?: string;
  signedHeaders: string[];
  signature?: string;
  /** X-Amz-Date (or query X-Amz-Date), `YYYYMMDDTHHMMSSZ`. */
  amzDate?: string;
  hasSecurityToken: boolean;
  defects: SigV4Defect[];
}

export type AuthorizationScheme = 'sigv4' | 'bearer' | 'basic' | 'other-scheme' | 'raw-token';

export interface AuthorizationShape {
  scheme: AuthorizationScheme;
  /** The credential after the scheme word (the raw value for `raw-token`). */
  token: string;
}

/** What kind of credential an Authorization header value carries. */
export function authorizationShape(value: string): AuthorizationShape {
  const trimmed = value.trim();
  if (/^AWS4-HMAC-SHA256\b/i.test(trimmed)) return { scheme: 'sigv4', token: trimmed.slice(16).trim() };
  const schemeMatch = /^([A-Za-z][\w-]*)\s+(\S[\s\S]*)$/.exec(trimmed);
  if (schemeMatch && !schemeMatch[1]?.includes('=')) {
    const word = (schemeMatch[1] ?? '').toLowerCase();
    const scheme = word === 'bearer' ? 'bearer' : word === 'basic' ? 'basic' : 'other-scheme';
    return { scheme, token: (schemeMatch[2] ?? '').trim() };
  }
  return { scheme: 'raw-token', token: trimmed };
}

function parseCredential(credential: string, info: SigV4Info): void {
  const [accessKeyId, scopeDate, region, service] = credential.split('/');
  if (accessKeyId !== undefined) info.accessKeyId = accessKeyId;
  if (scopeDate !== undefined) info.scopeDate = scopeDate;
  if (region !== undefined) info.region = region;
  if (service !== undefined) info.service = service;
}

function checkScope(info: SigV4Info, hostRegion: string | undefined): void {
  if (info.service !== undefined && info.service !== 'execute-api')
    info.defects.push('scope-not-execute-api');
  if (info.region !== undefined && hostRegion !== undefined && info.region !== hostRegion) {
    info.defects.push('scope-region-mismatch');
  }
  if (info.scopeDate && info.amzDate && !info.amzDate.startsWith(info.scopeDate))
    info.defects.push('scope-date-mismatch');
}

function fromAuthorizationHeader(value: string, exchange: Exchange): SigV4Info {
  const info: SigV4Info = { source: 'header', signedHeaders: [], hasSecurityToken: false, defects: [] };
  const params = value.trim().replace(/^AWS4-HMAC-SHA256/i, '');
  if (/[\r\n]/.test(params)) info.defects.push('newline-in-value');
  const pairs = params
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    const key = pair.slice(0, equals).trim();
    const raw = pair.slice(equals + 1);
    if (/\s/.test(raw) && !info.defects.includes('whitespace-in-value'))
      info.defects.push('whitespace-in-value');
    const content = raw.trim();
    seen.add(key);
    if (key === 'Credential') parseCredential(content, info);
    else if (key === 'SignedHeaders') info.signedHeaders = content.split(';').filter(Boolean);
    else if (key === 'Signature') info.signature = content;
  }
  if (!seen.has('Credential')) info.defects.push('missing-credential');
  if (!seen.has('SignedHeaders')) info.defects.push('missing-signed-headers');
  if (!seen.has('Signature')) info.defects.push('missing-signature');
  const amzDate = headerValue(exchange.requestHeaders, 'x-amz-date');
  if (amzDate) info.amzDate = amzDate.trim();
  else if (headerValue(exchange.requestHeaders, 'date') === undefined) info.defects.push('missing-date');
  info.hasSecurityToken = headerValue(exchange.requestHeaders, 'x-amz-security-token') !== undefined;
  return info;
}

function fromQuery(exchange: Exchange): SigV4Info | undefined {
  const param = (name: string) =>
    exchange.query.find((q) => q.name.toLowerCase() === name.toLowerCase())?.value;
  if (
    !/^AWS4-HMAC-SHA256$/i.test(param('X-Amz-Algorithm') ?? '') &&
    param('X-Amz-Credential') === undefined
  ) {
    return undefined;
  }
  const info: SigV4Info = { source: 'query', signedHeaders: [], hasSecurityToken: false, defects: [] };
  const credential = param('X-Amz-Credential');
  if (credential === undefined) info.defects.push('missing-credential');
  else parseCredential(credential, info);
  const signedHeaders = param('X-Amz-SignedHeaders');
  if (signedHeaders === undefined) info.defects.push('missing-signed-headers');
  else info.signedHeaders = signedHeaders.split(';').filter(Boolean);
  const signature = param('X-Amz-Signature');
  if (signature === undefined) info.defects.push('missing-signature');
  else info.signature = signature;
  const amzDate = param('X-Amz-Date');
  if (amzDate === undefined) info.defects.push('missing-date');
  else info.amzDate = amzDate;
  info.hasSecurityToken = param('X-Amz-Security-Token') !== undefined;
  return info;
}

/** SigV4 details from the Authorization header or the presigned query, or undefined when unsigned. */
export function parseSigV4(exchange: Exchange, hostRegion?: string): SigV4Info | undefined {
  const authorization = headerValue(exchange.requestHeaders, 'authorization');
  const info =
    authorization !== undefined && authorizationShape(authorization).scheme === 'sigv4'
      ? fromAuthorizationHeader(authorization, exchange)
      : fromQuery(exchange);
  if (info) checkScope(info, hostRegion);
  return info;
}

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
