import { describe, expect, it } from 'vitest';
import { canonicalRequest, diffCanonical, expectedCanonicalRequest } from './canonical-request.ts';
import { clockSkew, parseAmzDate } from './clock-skew.ts';
import { exchangeFromHarEntry } from './exchange.ts';
import { authorizationShape, parseSigV4 } from './sigv4.ts';

function exchange(
  url: string,
  requestHeaders: Record<string, string>,
  responseHeaders: Record<string, string> = {},
) {
  const pairs = (r: Record<string, string>) => Object.entries(r).map(([name, value]) => ({ name, value }));
  return exchangeFromHarEntry({
    request: { method: 'GET', url, headers: pairs(requestHeaders) },
    response: { status: 403, headers: pairs(responseHeaders) },
  });
}

const HOST = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const AUTH =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261124/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abcdef0123';

describe('authorizationShape', () => {
  it.each([
    [AUTH, 'sigv4'],
    ['Bearer eyJ.a.b', 'bearer'],
    ['bearer x', 'bearer'],
    ['Basic dXNlcjpwYXNz', 'basic'],
    ['Token abc', 'other-scheme'],
    ['allow', 'raw-token'],
    ['eyJhbGciOi.eyJzdWIi.sig', 'raw-token'],
  ])('%s → %s', (value, scheme) => {
    expect(authorizationShape(value).scheme).toBe(scheme);
  });
});

describe('parseSigV4', () => {
  it('reads credential scope and signed headers from the Authorization header', () => {
    const info = parseSigV4(
      exchange(`${HOST}/prod/x`, { Authorization: AUTH, 'X-Amz-Date': '20261124T100000Z' }),
      'us-east-1',
    );
    expect(info).toMatchObject({
      source: 'header',
      accessKeyId: 'AKIDEXAMPLE',
      scopeDate: '20261124',
      region: 'us-east-1',
      service: 'execute-api',
      signedHeaders: ['host', 'x-amz-date'],
      signature: 'abcdef0123',
      amzDate: '20261124T100000Z',
      defects: [],
    });
  });

  it('reads a presigned query', () => {
    const url = `${HOST}/prod/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20261124%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20261124T100000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=ff`;
    expect(parseSigV4(exchange(url, {}), 'us-east-1')).toMatchObject({
      source: 'query',
      service: 'execute-api',
      signedHeaders: ['host'],
      defects: [],
    });
  });

  it('finds malformed headers and a wrong scope', () => {
    const malformed = parseSigV4(
      exchange(`${HOST}/x`, { Authorization: 'AWS4-HMAC-SHA256 SignedHeaders=host, Signature=x' }),
    );
    expect(malformed?.defects).toEqual(expect.arrayContaining(['missing-credential', 'missing-date']));
    const spaced = parseSigV4(
      exchange(`${HOST}/x`, {
        Authorization: AUTH.replace('Credential=', 'Credential= '),
        'X-Amz-Date': '20261124T100000Z',
      }),
    );
    expect(spaced?.defects).toContain('whitespace-in-value');
    const scope = parseSigV4(
      exchange(`${HOST}/x`, {
        Authorization: AUTH.replace('us-east-1/execute-api', 'us-west-2/apigateway'),
        'X-Amz-Date': '20261125T000000Z',
      }),
      'us-east-1',
    );
    expect(scope?.defects).toEqual(['scope-not-execute-api', 'scope-region-mismatch', 'scope-date-mismatch']);
  });

  it('is undefined for unsigned requests and Bearer tokens', () => {
    expect(parseSigV4(exchange(`${HOST}/x`, {}))).toBeUndefined();
    expect(parseSigV4(exchange(`${HOST}/x`, { Authorization: 'Bearer a.b.c' }))).toBeUndefined();
  });
});

describe('clockSkew', () => {
  it('uses the timestamps of "Signature expired" (client behind)', () => {
    const skew = clockSkew(
      exchange(`${HOST}/x`, {}),
      'Signature expired: 20170517T062414Z is now earlier than 20170517T062840Z (20170517T063340Z - 5 min.)',
    );
    expect(skew).toEqual({
      seconds: -566,
      source: 'message',
      requestTime: '20170517T062414Z',
      serverTime: '20170517T063340Z',
    });
  });

  it('uses the timestamps of "Signature not yet current" (client ahead)', () => {
    const skew = clockSkew(
      exchange(`${HOST}/x`, {}),
      'Signature not yet current: 20261124T101000Z is still later than 20261124T100500Z (20261124T100000Z + 5 min.)',
    );
    expect(skew?.seconds).toBe(600);
  });

  it('falls back to X-Amz-Date against the response Date', () => {
    const skew = clockSkew(
      exchange(`${HOST}/x`, {}, { date: 'Tue, 24 Nov 2026 10:00:30 GMT' }),
      undefined,
      '20261124T100000Z',
    );
    expect(skew).toMatchObject({ seconds: -30, source: 'date-header' });
    expect(parseAmzDate('garbage')).toBeUndefined();
  });
});

describe('canonical request diff', () => {
  const message =
    "The request signature we calculated does not match the signature you provided.\n\nThe Canonical String for this request should have been\n'GET\n/prod/a%2520b\na=1&b=2\nhost:a1b2c3d4e5.execute-api.us-east-1.amazonaws.com\nx-amz-date:20261124T100000Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n...'\n";

  it("extracts AWS's canonical request from the message", () => {
    expect(expectedCanonicalRequest(message)?.[1]).toBe('/prod/a%2520b');
    expect(expectedCanonicalRequest('The request signature we calculated does not match')).toBeUndefined();
  });

  it('rebuilds the same canonical request from a faithful capture (double-encoded path, sorted query)', () => {
    const captured = exchange(`${HOST}/prod/a%20b?b=2&a=1`, {
      Authorization: AUTH,
      'X-Amz-Date': '20261124T100000Z',
    });
    const info = parseSigV4(captured);
    if (!info) throw new Error('expected SigV4');
    const expected = expectedCanonicalRequest(message) ?? [];
    expect(canonicalRequest(captured, info)).toEqual(expected);
    expect(diffCanonical(expected, canonicalRequest(captured, info))).toBeUndefined();
  });

  it('names the first differing line', () => {
    const captured = exchange(`${HOST}/prod/a%20b?b=2&a=1`, {
      Authorization: AUTH,
      'X-Amz-Date': '20261124T100000Z',
      Host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com:443',
    });
    const info = parseSigV4(captured);
    if (!info) throw new Error('expected SigV4');
    expect(diffCanonical(expectedCanonicalRequest(message) ?? [], canonicalRequest(captured, info))).toEqual({
      line: 4,
      part: 'header',
      expected: 'host:a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      actual: 'host:a1b2c3d4e5.execute-api.us-east-1.amazonaws.com:443',
    });
  });
});
