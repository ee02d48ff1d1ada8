import { decodeBase64 } from './base64.ts';
import { decodeUtf8 } from './utf8.ts';

export interface JwtClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  client_id?: string;
  token_use?: string;
  scope?: string;
  scp?: string | string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  [claim: string]: unknown;
}

export type JwtDecoding =
  | { ok: true; header: Record<string, unknown>; claims: JwtClaims }
  | { ok: false; reason: 'not-three-parts' | 'bad-base64' | 'bad-json' };

function decodeSegment(segment: string): Record<string, unknown> | 'bad-base64' | 'bad-json' {
  const bytes = decodeBase64(segment);
  if (!bytes) return 'bad-base64';
  try {
    const value: unknown = JSON.parse(decodeUtf8(bytes).text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : 'bad-json';
  } catch {
    return 'bad-json';
  }
}

/** Decodes (never verifies) a JWT's header and claims. */
export function decodeJwt(token: string): JwtDecoding {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((part, index) => part === '' && index < 2)) {
    return { ok: false, reason: 'not-three-parts' };
  }
  const header = decodeSegment(parts[0] ?? '');
  const claims = decodeSegment(parts[1] ?? '');
  if (header === 'bad-base64' || claims === 'bad-base64') return { ok: false, reason: 'bad-base64' };
  if (header === 'bad-json' || claims === 'bad-json') return { ok: false, reason: 'bad-json' };
  return { ok: true, header, claims: claims as JwtClaims };
}

/** A problem with a token's claims, judged against the server's clock (the response Date). */
export type JwtFinding =
  | { kind: 'expired'; exp: string; by: number }
  | { kind: 'not-yet-valid'; nbf: string; by: number }
  | { kind: 'issued-in-future'; iat: string; by: number }
  | { kind: 'id-token'; tokenUse: string };

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** Time-based and token-type problems visible without the signing key. `nowMs` is the server's clock. */
export function jwtFindings(claims: JwtClaims, nowMs: number | undefined): JwtFinding[] {
  const findings: JwtFinding[] = [];
  if (nowMs !== undefined) {
    const now = nowMs / 1000;
    if (typeof claims.exp === 'number' && claims.exp < now) {
      findings.push({ kind: 'expired', exp: iso(claims.exp), by: Math.round(now - claims.exp) });
    }
    if (typeof claims.nbf === 'number' && claims.nbf > now) {
      findings.push({ kind: 'not-yet-valid', nbf: iso(claims.nbf), by: Math.round(claims.nbf - now) });
    }
    if (typeof claims.iat === 'number' && claims.iat > now + 300) {
      findings.push({ kind: 'issued-in-future', iat: iso(claims.iat), by: Math.round(claims.iat - now) });
    }
  }
  if (claims.token_use === 'id') findings.push({ kind: 'id-token', tokenUse: 'id' });
  return findings;
}

/** The token's OAuth scopes (`scope` space-separated, or `scp` list/string). */
export function jwtScopes(claims: JwtClaims): string[] {
  const scp = claims.scp;
  if (Array.isArray(scp)) return scp.filter((s): s is string => typeof s === 'string');
  const text = typeof claims.scope === 'string' ? claims.scope : typeof scp === 'string' ? scp : '';
  return text.split(/\s+/).filter(Boolean);
}

/** The audience a JWT authorizer compares with its configured audience (`aud`, or Cognito's `client_id`). */
export function jwtAudience(claims: JwtClaims): string[] {
  const aud = claims.aud;
  const list = Array.isArray(aud) ? aud : typeof aud === 'string' ? [aud] : [];
  return [
    ...list.filter((a): a is string => typeof a === 'string'),
    ...(claims.client_id ? [claims.client_id] : []),
  ];
}
