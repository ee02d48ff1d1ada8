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
});
