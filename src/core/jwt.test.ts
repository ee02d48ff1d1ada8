import { describe, expect, it } from 'vitest';
import { EXAMPLE_JWT } from './causes/example-wire.ts';
import { decodeJwt, jwtAudience, jwtFindings, jwtScopes } from './jwt.ts';

const NOW = Date.parse('2026-11-24T10:00:00Z');

describe('decodeJwt', () => {
  it('decodes header and claims without verifying', () => {
    const decoded = decodeJwt(EXAMPLE_JWT.valid);
    expect(decoded).toMatchObject({
      ok: true,
      header: { alg: 'RS256' },
      claims: { token_use: 'access', client_id: '4example5client6id' },
    });
  });

  it.each([
    ['opaque-token', 'not-three-parts'],
    ['a.b', 'not-three-parts'],
    ['!!!.e30.sig', 'bad-base64'],
    ['e30.bm90IGpzb24.sig', 'bad-json'],
    ['WzFd.e30.sig', 'bad-json'],
  ])('%s is not a JWT (%s)', (token, reason) => {
    expect(decodeJwt(token)).toEqual({ ok: false, reason });
  });
});

describe('jwtFindings', () => {
  it('judges exp, nbf and iat against the server clock', () => {
    expect(jwtFindings({ exp: NOW / 1000 - 60 }, NOW)).toEqual([
      { kind: 'expired', exp: '2026-11-24T09:59:00.000Z', by: 60 },
    ]);
    expect(jwtFindings({ nbf: NOW / 1000 + 120 }, NOW)).toEqual([
      { kind: 'not-yet-valid', nbf: '2026-11-24T10:02:00.000Z', by: 120 },
    ]);
    expect(jwtFindings({ iat: NOW / 1000 + 3600 }, NOW)[0]?.kind).toBe('issued-in-future');
    expect(jwtFindings({ exp: NOW / 1000 + 60, iat: NOW / 1000 }, NOW)).toEqual([]);
  });

  it('flags an ID token and skips time checks without a server clock', () => {
    expect(jwtFindings({ token_use: 'id', exp: 0 }, undefined)).toEqual([
      { kind: 'id-token', tokenUse: 'id' },
    ]);
  });
});

describe('claims', () => {
  it('reads scopes from scope or scp, and the audience from aud or client_id', () => {
    expect(jwtScopes({ scope: 'orders/read  orders/write' })).toEqual(['orders/read', 'orders/write']);
    expect(jwtScopes({ scp: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(jwtScopes({})).toEqual([]);
    expect(jwtAudience({ aud: ['x', 'y'], client_id: 'z' })).toEqual(['x', 'y', 'z']);
  });
});
