import { describe, expect, it } from 'vitest';
import { maskSecrets } from './secrets.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJlLXNlY3JldA';

describe('maskSecrets', () => {
  it('cuts the signature of a JWT and keeps header and claims', () => {
    expect(
      maskSecrets(
        `'${JWT}' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer ${JWT}'.`,
      ),
    ).toBe(
      "'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.<signature>' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.<signature>'.",
    );
  });

  it('hides opaque tokens echoed by IncompleteSignatureException', () => {
    expect(
      maskSecrets(
        "'opaque123' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer opaque123'.",
      ),
    ).toBe(
      "'<token>' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer <token>'.",
    );
    expect(maskSecrets("Authorization header requires 'Credential' parameter. Authorization=allow")).toBe(
      "Authorization header requires 'Credential' parameter. Authorization=<token>",
    );
  });

  it('hides secret header values inside canonical request lines', () => {
    expect(
      maskSecrets('AWS expected "x-amz-security-token:IQoJb3JpZ2lu", got "x-amz-date:20261124T100000Z"'),
    ).toBe('AWS expected "x-amz-security-token:<redacted>", got "x-amz-date:20261124T100000Z"');
  });

  it('leaves diagnostic text alone', () => {
    const www = 'Bearer scope="" error="invalid_token" error_description="the token has expired"';
    expect(maskSecrets(www)).toBe(www);
    expect(maskSecrets('User: anonymous is not authorized')).toBe('User: anonymous is not authorized');
  });

  // Messages and headers come from strangers' HARs: each of these would take minutes (or hang) if a
  // pattern backtracked quadratically; linear, all of them together take milliseconds.
  it.each([
    ['JWT starts without dots', 'eyJ'.repeat(40_000)],
    ['JWT starts between dashes', `${'eyJ-'.repeat(60_000)}.x`],
    ['a JWT with no signature dot', `eyJa.eyJ${'a'.repeat(120_000)}`],
    ['JWT halves', 'eyJa.eyJb'.repeat(15_000)],
    ['scheme words', 'Bearer '.repeat(20_000)],
    ['a scheme and spaces', `Bearer${' '.repeat(120_000)}x`],
    ['an unterminated quote', `Authorization header: '${'a'.repeat(120_000)}`],
    ['repeated quotes', "Authorization header: 'a ".repeat(10_000)],
    ['labels', 'Authorization='.repeat(10_000)],
    ['header names', 'cookie:'.repeat(20_000)],
  ])(
    'stays linear on 100 KB+ of %s',
    (_name, text) => {
      expect(text.length).toBeGreaterThan(100_000);
      expect(typeof maskSecrets(text)).toBe('string');
    },
    10_000,
  );

  it('masks JWTs at word starts and after dots, as many as there are', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    expect(maskSecrets(`a ${jwt} b.${jwt}-x xeyJa.eyJb.sig`)).toBe(
      'a eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.<signature> b.eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.<signature> xeyJa.eyJb.sig',
    );
  });
});
