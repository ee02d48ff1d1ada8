import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entry, har, jwt, REST_HOST } from './__fixtures__/har-builder.ts';
import { redactHar } from './redact.ts';
import type { Har, HarEntry } from './types.ts';

const header = (e: HarEntry, side: 'request' | 'response', name: string) =>
  e[side].headers.find((h) => h.name.toLowerCase() === name)?.value;
const first = (h: Har) => h.log.entries[0] as HarEntry;

describe('redactHar keeps what diagnosis reads', () => {
  it('SigV4: scheme, credential scope and signed headers stay; key id keeps its last 4; signature goes', () => {
    const signature = 'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41';
    const input = har([
      entry({
        requestHeaders: [
          {
            name: 'Authorization',
            value: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
          },
          { name: 'X-Amz-Date', value: '20261125T001000Z' },
        ],
      }),
    ]);
    const out = redactHar(input);
    const value = header(first(out.har), 'request', 'authorization');
    expect(value).toMatch(
      /^AWS4-HMAC-SHA256 Credential=REDACTED-1-len20-MPLE\/20261125\/us-east-1\/execute-api\/aws4_request, SignedHeaders=host;x-amz-date, Signature=REDACTED-2$/,
    );
    expect(JSON.stringify(out.har)).not.toContain(signature);
    expect(header(first(out.har), 'request', 'x-amz-date')).toBe('20261125T001000Z');
  });

  it('SigV4: a signature that is not hex is one secret, not its hex prefix (`1` of the region stays)', () => {
    const input = har([
      entry({
        requestHeaders: [
          {
            name: 'Authorization',
            value:
              'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=1gAAaaaaAaA0aaaAaa',
          },
        ],
      }),
    ]);
    const value = header(first(redactHar(input).har), 'request', 'authorization');
    expect(value).toContain('/20261125/us-east-1/execute-api/aws4_request');
    expect(value).toMatch(/Signature=REDACTED-2$/);
  });

  it('JWT: header and claims stay decodable, the signature goes', () => {
    const token = jwt({ iss: 'https://cognito', exp: 1 }, 'c2lnbmF0dXJlLXNlY3JldC12YWx1ZQ');
    const out = redactHar(
      har([entry({ requestHeaders: [{ name: 'authorization', value: `Bearer ${token}` }] })]),
    );
    const [head, claims] = token.split('.');
    expect(header(first(out.har), 'request', 'authorization')).toBe(`Bearer ${head}.${claims}.REDACTED-1`);
  });

  it('API key: surrounding whitespace, length and last 4 stay; equal keys share a placeholder', () => {
    const key = 'k3yValueOf40CharactersXXXXXXXXXXXXXXabcd';
    const out = redactHar(
      har([
        entry({ requestHeaders: [{ name: 'x-api-key', value: ` ${key} ` }] }),
        entry({ requestHeaders: [{ name: 'X-API-Key', value: key }] }),
        entry({ requestHeaders: [{ name: 'x-api-key', value: 'another-key-value-1234' }] }),
        entry({ requestHeaders: [{ name: 'x-api-key', value: '' }] }),
      ]),
    );
    const values = out.har.log.entries.map((e) => header(e, 'request', 'x-api-key'));
    expect(values).toEqual([' REDACTED-1-len40-abcd ', 'REDACTED-1-len40-abcd', 'REDACTED-2-len22-1234', '']);
    expect(out.summary).toEqual({ values: 2, items: [{ kind: 'api-key', name: 'x-api-key', values: 2 }] });
  });

  it('cookies: names and attributes stay, in headers and in the cookie lists', () => {
    const input = har([
      entry({
        requestHeaders: [{ name: 'cookie', value: 'session=s3cr3t-session-value; lang=en' }],
        responseHeaders: [
          { name: 'set-cookie', value: 'session=n3w-session-value-xyz; Path=/; HttpOnly; Secure' },
        ],
      }),
    ]);
    first(input).request.cookies = [{ name: 'session', value: 's3cr3t-session-value' }];
    const out = first(redactHar(input).har);
    expect(header(out, 'request', 'cookie')).toBe('session=REDACTED-1-len20-alue; lang=REDACTED-2-len2');
    expect(out.request.cookies?.[0]?.value).toBe('REDACTED-1-len20-alue');
    expect(header(out, 'response', 'set-cookie')).toBe(
      'session=REDACTED-3-len21--xyz; Path=/; HttpOnly; Secure',
    );
  });

  it('presigned URL: scope stays, signature and token go, in the URL and the query list alike', () => {
    const url = `https://${REST_HOST}/prod/pets?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261125%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEJr%2F%2Bsession&X-Amz-Signature=abcdef0123456789abcdef&api_key=query-key-0123456789`;
    const out = first(redactHar(har([entry({ url })])).har);
    expect(out.request.url).toBe(
      `https://${REST_HOST}/prod/pets?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED-1-len20-MPLE%2F20261125%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-Security-Token=REDACTED-2-len28-sion&X-Amz-Signature=REDACTED-3&api_key=REDACTED-4-len20-6789`,
    );
    expect(Object.fromEntries((out.request.queryString ?? []).map((q) => [q.name, q.value]))).toEqual({
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'REDACTED-1-len20-MPLE/20261125/us-east-1/execute-api/aws4_request',
      'X-Amz-Security-Token': 'REDACTED-2-len28-sion',
      'X-Amz-Signature': 'REDACTED-3',
      api_key: 'REDACTED-4-len20-6789',
    });
  });

  it('an AWS error body that echoes the token gets the same placeholder as the header', () => {
    const token = 'opaque-token-0123456789';
    const body = `{"message":"'${token}' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer ${token}'."}`;
    const result = redactHar(
      har([entry({ requestHeaders: [{ name: 'Authorization', value: `Bearer ${token}` }], body })]),
    );
    // One value, counted where it was sent, not again where AWS echoed it.
    expect(result.summary).toEqual({
      values: 1,
      items: [{ kind: 'authorization', name: 'authorization', values: 1 }],
    });
    const out = first(result.har);
    expect(header(out, 'request', 'authorization')).toBe('Bearer REDACTED-1-len23-6789');
    expect(out.response.content?.text).toBe(
      `{"message":"'REDACTED-1-len23-6789' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer REDACTED-1-len23-6789'."}`,
    );
  });

  it('bodies: JSON fields by name (even short ones), form fields, base64 text, but not www-authenticate', () => {
    const cognito = JSON.stringify({
      AuthenticationResult: { AccessToken: 'access-token-value-123', ExpiresIn: 3600 },
    });
    const input = har([
      entry({
        method: 'POST',
        postData: { mimeType: 'application/json', text: '{"user":"ana","password":"hunter2"}' },
        body: btoa(cognito),
        bodyEncoding: 'base64',
        responseHeaders: [
          { name: 'www-authenticate', value: 'Bearer error="invalid_token" error_description="expired"' },
        ],
      }),
      entry({
        method: 'POST',
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          text: 'grant_type=refresh_token&refresh_token=refresh-secret-value-42',
          params: [
            { name: 'grant_type', value: 'refresh_token' },
            { name: 'refresh_token', value: 'refresh-secret-value-42' },
          ],
        },
      }),
    ]);
    const out = redactHar(input).har;
    const [login, refresh] = out.log.entries as [HarEntry, HarEntry];
    expect(login.request.postData?.text).toBe('{"user":"ana","password":"REDACTED-1-len7"}');
    expect(JSON.parse(atob(login.response.content?.text ?? ''))).toEqual({
      AuthenticationResult: { AccessToken: 'REDACTED-2-len22--123', ExpiresIn: 3600 },
    });
    expect(header(login, 'response', 'www-authenticate')).toBe(
      'Bearer error="invalid_token" error_description="expired"',
    );
    expect(refresh.request.postData?.text).toBe(
      'grant_type=refresh_token&refresh_token=REDACTED-3-len23-e-42',
    );
    expect(refresh.request.postData?.params?.[1]?.value).toBe('REDACTED-3-len23-e-42');
  });

  it('CORS headers named after credentials stay: they say what the browser allowed', () => {
    const out = redactHar(
      har([
        entry({
          requestHeaders: [{ name: 'x-api-key', value: 'k3yValueOf40CharactersXXXXXXXXXXXXXXabcd' }],
          responseHeaders: [
            { name: 'Access-Control-Allow-Credentials', value: 'true' },
            { name: 'Access-Control-Allow-Headers', value: 'authorization,x-api-key' },
          ],
        }),
      ]),
    );
    expect(header(first(out.har), 'response', 'access-control-allow-credentials')).toBe('true');
    expect(header(first(out.har), 'response', 'access-control-allow-headers')).toBe(
      'authorization,x-api-key',
    );
    expect(out.summary.items.map((item) => item.name)).toEqual(['x-api-key']);
  });

  it('leaves its input untouched', () => {
    const input = har([entry({ requestHeaders: [{ name: 'x-api-key', value: 'abcdefghijklmnop' }] })]);
    const before = JSON.stringify(input);
    redactHar(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('redactHar leaves no secret behind', () => {
  const secretArb = fc.stringMatching(/^[A-Za-z0-9]{16,40}$/);
  /** Where a secret can hide in a real capture, as (secret) → entry. */
  const placements: Array<(s: string) => HarEntry> = [
    (s) => entry({ requestHeaders: [{ name: 'Authorization', value: `Bearer ${s}` }] }),
    (s) => entry({ requestHeaders: [{ name: 'authorization', value: s }] }),
    (s) => entry({ requestHeaders: [{ name: 'Authorization', value: `Basic ${btoa(`user:${s}`)}` }] }),
    (s) => entry({ requestHeaders: [{ name: 'authorization', value: `Bearer ${jwt({ sub: 'u' }, s)}` }] }),
    (s) => entry({ requestHeaders: [{ name: 'x-auth-token', value: s }] }),
    (s) => entry({ requestHeaders: [{ name: 'x-api-key', value: s }] }),
    (s) => entry({ requestHeaders: [{ name: 'X-Amz-Security-Token', value: s }] }),
    (s) => entry({ requestHeaders: [{ name: 'Cookie', value: `a=1; sid=${s}` }] }),
    (s) => entry({ responseHeaders: [{ name: 'Set-Cookie', value: `sid=${s}; Path=/` }] }),
    (s) => entry({ url: `https://${REST_HOST}/prod/x?access_token=${s}&page=2` }),
    (s) => entry({ url: `https://${REST_HOST}/prod/x?X-Amz-Signature=${s}` }),
    (s) => entry({ postData: { mimeType: 'application/json', text: JSON.stringify({ client_secret: s }) } }),
    (s) => entry({ postData: { mimeType: 'application/x-www-form-urlencoded', text: `password=${s}` } }),
    (s) => entry({ body: JSON.stringify({ data: { refreshToken: s } }) }),
    (s) => entry({ body: btoa(JSON.stringify({ IdToken: s })), bodyEncoding: 'base64' }),
    (s) =>
      entry({
        requestHeaders: [
          {
            name: 'Authorization',
            value: `AWS4-HMAC-SHA256 Credential=AKIA/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=${s}`,
          },
        ],
      }),
  ];

  it('no 8-character run of any secret survives, wherever the secrets were and however they repeat', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(placements.length - 1), secretArb), { minLength: 1, maxLength: 6 }),
        fc.nat(5),
        (placed, echoFrom) => {
          const secrets = placed.map(([, s]) => s);
          const entries = placed.map(([where, s]) => (placements[where] as (s: string) => HarEntry)(s));
          // An AWS error body that echoes one of the secrets it was sent.
          const echoed = secrets[echoFrom % secrets.length] as string;
          entries.push(
            entry({
              body: `{"message":"Authorization header requires 'Credential' parameter. Authorization=${echoed}"}`,
            }),
          );
          const text = JSON.stringify(redactHar(har(entries)).har);
          for (const secret of secrets) {
            for (let i = 0; i + 8 <= secret.length; i += 1)
              expect(text).not.toContain(secret.slice(i, i + 8));
          }
        },
      ),
      { numRuns: 300 },
    );
    // Generous: the property is about results, and CI machines can be slow.
  }, 120_000);
});
