import { headerValue } from './exchange.ts';
import type { Exchange } from './types.ts';

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
