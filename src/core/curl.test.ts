import { describe, expect, it } from 'vitest';
import { curlCommand } from './curl.ts';
import { exchangeFromHarEntry } from './exchange.ts';

const exchange = exchangeFromHarEntry({
  request: {
    method: 'POST',
    url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/items?X-Amz-Signature=deadbeef&q=it%27s',
    headers: [
      { name: ':authority', value: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com' },
      {
        name: 'Authorization',
        value:
          'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261124/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123',
      },
      { name: 'x-api-key', value: 'supersecretkey' },
      { name: 'Content-Length', value: '15' },
      { name: 'Content-Type', value: 'application/json' },
    ],
    postData: { mimeType: 'application/json', text: `{"name":"o'neil"}` },
  },
  response: { status: 403 },
});

describe('curlCommand', () => {
  it('reproduces the exact request with secrets as placeholders', () => {
    expect(curlCommand(exchange)).toBe(
      [
        'curl -v',
        '-X POST',
        "'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/items?X-Amz-Signature=<signature>&q=it%27s'",
        "-H 'authorization: AWS4-HMAC-SHA256 Credential=<access-key-id>/20261124/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=<signature>'",
        "-H 'x-api-key: <api-key>'",
        "-H 'content-type: application/json'",
        `--data-raw '{"name":"o'\\''neil"}'`,
      ].join(' \\\n  '),
    );
  });

  it('reveals secrets only when asked', () => {
    const revealed = curlCommand(exchange, { revealSecrets: true });
    expect(revealed).toContain('supersecretkey');
    expect(revealed).toContain('Signature=abc123');
    expect(curlCommand(exchange)).not.toContain('supersecretkey');
  });

  it('keeps the scheme of a Bearer token and hides the token', () => {
    const bearer = exchangeFromHarEntry({
      request: {
        method: 'GET',
        url: 'https://x.test/',
        headers: [{ name: 'Authorization', value: 'Bearer eyJ.secret.sig' }],
      },
      response: { status: 401 },
    });
    expect(curlCommand(bearer)).toBe(
      "curl -v \\\n  'https://x.test/' \\\n  -H 'authorization: Bearer <token>'",
    );
  });
});

describe('curlCommand with app-specific credential names', () => {
  it('hides values of headers and query parameters named like credentials, and JWT signatures anywhere', () => {
    const custom = exchangeFromHarEntry({
      request: {
        method: 'GET',
        url: 'https://x.test/a?api_key=abc&access_token=def&page=2',
        headers: [
          { name: 'api-key', value: 'k3y' },
          { name: 'X-Auth', value: 'raw' },
          { name: 'X-Trace', value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln' },
          { name: 'Accept', value: 'application/json' },
        ],
      },
      response: { status: 403 },
    });
    expect(curlCommand(custom)).toBe(
      [
        'curl -v',
        "'https://x.test/a?api_key=<api_key>&access_token=<access_token>&page=2'",
        "-H 'api-key: <api-key>'",
        "-H 'x-auth: <auth>'",
        "-H 'x-trace: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.<signature>'",
        "-H 'accept: application/json'",
      ].join(' \\\n  '),
    );
  });

  it('masks by the secret model: any credential name, and known token shapes under ordinary names', () => {
    const custom = exchangeFromHarEntry({
      request: {
        method: 'GET',
        url: 'https://x.test/',
        headers: [
          { name: 'Ocp-Apim-Subscription-Key', value: 'f3b1c2d4e5a6978812345678' },
          { name: 'X-Upstream', value: 'ghp_0123456789abcdefghijABCDEFGHIJ' },
          { name: 'X-Slack', value: 'xoxb-1234567890-abcdefghijklmnop' },
          { name: 'X-Request-Kind', value: 'search' },
        ],
      },
      response: { status: 403 },
    });
    expect(curlCommand(custom)).toBe(
      [
        'curl -v',
        "'https://x.test/'",
        "-H 'ocp-apim-subscription-key: <ocp-apim-subscription-key>'",
        "-H 'x-upstream: <token>'",
        "-H 'x-slack: <token>'",
        "-H 'x-request-kind: search'",
      ].join(' \\\n  '),
    );
  });
});
