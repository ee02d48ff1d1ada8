import { describe, expect, it } from 'vitest';
import { isCandidate, relevanceOf } from './candidate.ts';
import { entry, HOSTS, sigv4Headers } from './causes/example-wire.ts';
import { classify } from './classify.ts';
import { addToContext, contextFrom, emptyContext, historyFor } from './context.ts';
import { exchangeFromHarEntry } from './exchange.ts';
import { toReportEntry } from './report.ts';

const ok = (url: string, requestHeaders: Record<string, string> = {}) =>
  exchangeFromHarEntry(entry({ url, status: 200, body: [], requestHeaders }));

describe('session context', () => {
  it('records stages, paths, signed calls and keys per API, as plain JSON', () => {
    const context = contextFrom([
      ok(`${HOSTS.rest}/prod/items`, { 'x-api-key': 'k' }),
      ok(`${HOSTS.rest}/prod/orders`, sigv4Headers()),
      exchangeFromHarEntry(entry({ url: `${HOSTS.rest}/dev/items`, errorType: 'ForbiddenException' })),
      ok(`${HOSTS.customDomain}/v1/products`),
    ]);
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
    expect(context.apis['api:a1b2c3d4e5']).toEqual({
      stagesThatWorked: ['prod'],
      pathsThatWorked: ['GET /prod/items', 'GET /prod/orders'],
      signedCalls: 1,
      apiKeySuccesses: 1,
      successes: 2,
      forbiddenFirstSegments: ['dev'],
    });
    expect(context.gatewayDomains).toEqual(['api.demo-shop.test']);
    expect(historyFor(context, ok(`${HOSTS.customDomain}/v2/x`)).successes).toBe(1);
  });

  it('is pure: adding returns a new context and leaves the old one unchanged', () => {
    const before = emptyContext();
    const after = addToContext(before, ok(`${HOSTS.rest}/prod/items`));
    expect(before).toEqual(emptyContext());
    expect(after).not.toBe(before);
  });

  it('remembers a bounded number of paths per API, keeping the latest', () => {
    const paths = Array.from({ length: 300 }, (_, i) => ok(`${HOSTS.rest}/prod/items/${i}`));
    const remembered = contextFrom(paths).apis['api:a1b2c3d4e5']?.pathsThatWorked ?? [];
    expect(remembered).toHaveLength(200);
    expect(remembered.at(-1)).toBe('GET /prod/items/299');
    expect(remembered).not.toContain('GET /prod/items/0');
  });

  it('leaves the context unchanged for an exchange too broken to read', () => {
    const context = contextFrom([ok(`${HOSTS.rest}/prod/items`)]);
    expect(addToContext(context, { status: 200, host: 5, requestHeaders: 'x' } as never)).toBe(context);
  });

  it('ignores AWS service endpoints and unanswered requests', () => {
    const context = contextFrom([
      ok(`${HOSTS.appsync}/graphql`),
      exchangeFromHarEntry(entry({ url: `${HOSTS.rest}/p/x`, status: 0 })),
    ]);
    expect(context).toEqual(emptyContext());
  });
});

describe('isCandidate', () => {
  const h = (r: Record<string, string>) => Object.entries(r).map(([name, value]) => ({ name, value }));
  it.each([
    [403, `${HOSTS.rest}/prod/x`, {}, true],
    [404, `${HOSTS.rest}/prod/x`, {}, true],
    [200, `${HOSTS.rest}/prod/x`, {}, false],
    [403, 'https://api.demo-shop.test/x', { 'x-amzn-RequestId': 'r' }, true],
    [403, 'https://api.demo-shop.test/x', {}, false],
    [403, 'https://cdn.test/x', { server: 'CloudFront' }, true],
    [404, 'https://cdn.test/x', { server: 'CloudFront' }, false],
    [202, 'https://app.test/x', { 'x-amzn-waf-action': 'challenge' }, true],
    [403, `${HOSTS.appsync}/graphql`, { 'x-amz-apigw-id': 'x' }, false],
    [0, `${HOSTS.rest}/prod/x`, {}, false],
  ])('%i %s %j → %s', (status, url, headers, expected) => {
    expect(isCandidate({ status, url, responseHeaders: h(headers) })).toBe(expected);
  });
});

describe('isCandidate with user-declared domains', () => {
  it('accepts any 4xx from a domain the user says is API Gateway', () => {
    const input = { status: 404, url: 'https://api.demo-shop.test/x', responseHeaders: [] };
    expect(isCandidate(input)).toBe(false);
    expect(isCandidate(input, ['api.demo-shop.test'])).toBe(true);
  });
});

describe('relevanceOf with the body at hand (a HAR file)', () => {
  it('classifies a 401/403 from any host: only its body may show S3 or CloudFront answered', () => {
    const plain403 = { request: { method: 'GET', url: 'https://files.test/x' }, response: { status: 403 } };
    expect(relevanceOf(plain403)).toBe('listed');
    expect(relevanceOf(plain403, { bodyAtHand: true })).toBe('candidate');
    const plain404 = { ...plain403, response: { status: 404 } };
    expect(relevanceOf(plain404, { bodyAtHand: true })).toBe('listed');
  });
});

describe('toReportEntry', () => {
  it('produces exactly the public JSON contract shape', () => {
    const exchange = exchangeFromHarEntry(
      entry({ url: `${HOSTS.rest}/prod/x`, errorType: 'ForbiddenException', body: { message: 'Forbidden' } }),
      { index: 4 },
    );
    const report = toReportEntry(exchange, classify(exchange, emptyContext()));
    expect(Object.keys(report)).toEqual(['index', 'method', 'url', 'status', 'flagged', 'origin', 'causes']);
    expect(report).toMatchObject({
      index: 4,
      method: 'GET',
      status: 403,
      flagged: true,
      origin: 'api-gateway',
    });
    expect(Object.keys(report.causes[0] ?? {})).toEqual(['id', 'confidence', 'evidence']);
    expect(report.causes.map((cause) => cause.id)).toContain('invalid-api-key');
  });
});
