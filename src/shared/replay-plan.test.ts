import { describe, expect, it } from 'vitest';
import type { Exchange } from '../core/index.ts';
import { availableVariants, buildReplayRequest, methodGate } from './replay-plan.ts';

function exchange(method: string, headers: Record<string, string>, body?: string): Exchange {
  return {
    id: 'r1',
    method,
    url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/items?x=1',
    scheme: 'https',
    host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    path: '/prod/items',
    query: [{ name: 'x', value: '1' }],
    requestHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })),
    ...(body !== undefined ? { requestBody: { kind: 'json' as const, text: body } } : {}),
    status: 403,
    responseHeaders: [],
    body: { kind: 'empty' },
    isPreflight: false,
  };
}

describe('methodGate', () => {
  it.each([
    ['GET', 'safe'],
    ['head', 'safe'],
    ['OPTIONS', 'safe'],
    ['POST', 'confirm-body'],
    ['put', 'confirm-body'],
    ['PATCH', 'confirm-body'],
    ['DELETE', 'confirm-body'],
    ['CONNECT', 'not-allowed'],
    ['trace', 'not-allowed'],
  ])('%s → %s', (method, gate) => {
    expect(methodGate(method)).toBe(gate);
  });
});

describe('buildReplayRequest', () => {
  const captured = exchange(
    'post',
    {
      ':authority': 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      authorization: 'Bearer eyJ.a.b',
      'x-api-key': 'k-123',
      'Content-Type': 'application/json',
      Cookie: 'session=s',
      cookie: 'other=o',
      'sec-fetch-mode': 'cors',
      'proxy-authorization': 'Basic x',
      origin: 'https://demo.apigw403.test',
    },
    '{"a":1}',
  );

  it('re-sends what the browser lets it set, and says what it could not', () => {
    expect(buildReplayRequest(captured, 'as-captured')).toEqual({
      method: 'POST',
      url: captured.url,
      headers: [
        ['authorization', 'Bearer eyJ.a.b'],
        ['x-api-key', 'k-123'],
        ['content-type', 'application/json'],
      ],
      body: '{"a":1}',
      notResent: [':authority', 'cookie', 'sec-fetch-mode', 'proxy-authorization', 'origin'],
    });
  });

  it('drops Authorization only in the without-authorization variant', () => {
    const request = buildReplayRequest(captured, 'without-authorization');
    expect(request.headers.map(([name]) => name)).toEqual(['x-api-key', 'content-type']);
    expect(request.removed).toBe('authorization');
  });

  it('drops x-api-key only in the without-api-key variant', () => {
    const request = buildReplayRequest(captured, 'without-api-key');
    expect(request.headers.map(([name]) => name)).toEqual(['authorization', 'content-type']);
    expect(request.removed).toBe('x-api-key');
  });

  it('never sends a body with GET or HEAD', () => {
    expect(buildReplayRequest(exchange('GET', {}, 'stray'), 'as-captured').body).toBeUndefined();
    expect(buildReplayRequest(exchange('HEAD', {}, 'stray'), 'as-captured').body).toBeUndefined();
  });

  it('reports no removal when the variant header was absent', () => {
    expect(buildReplayRequest(exchange('GET', { accept: '*/*' }), 'without-api-key').removed).toBeUndefined();
  });
});

describe('availableVariants', () => {
  it('offers only variants that remove a header the request had', () => {
    expect(availableVariants(exchange('GET', {}))).toEqual(['as-captured']);
    expect(availableVariants(exchange('GET', { Authorization: 'AWS4-HMAC-SHA256 …' }))).toEqual([
      'as-captured',
      'without-authorization',
    ]);
    expect(availableVariants(exchange('GET', { authorization: 'a', 'X-Api-Key': 'k' }))).toEqual([
      'as-captured',
      'without-authorization',
      'without-api-key',
    ]);
  });
});
