import { describe, expect, it } from 'vitest';
import { decodeBody, MAX_BODY_CHARS } from './body.ts';
import { exchangeFromHarEntry, recordGaps } from './exchange.ts';
import { parseUrl } from './url.ts';

describe('parseUrl', () => {
  it('splits scheme, host, port, raw path and decoded query', () => {
    expect(parseUrl('HTTPS://user@API.Example.com:8443/prod/a%20b?x=1&y=%2F&flag#frag')).toEqual({
      scheme: 'https',
      host: 'api.example.com',
      port: 8443,
      path: '/prod/a%20b',
      rawQuery: 'x=1&y=%2F&flag',
      query: [
        { name: 'x', value: '1' },
        { name: 'y', value: '/' },
        { name: 'flag', value: '' },
      ],
    });
  });

  it('keeps an unreadable URL as the path with no host', () => {
    expect(parseUrl('not a url')).toMatchObject({ host: '', path: 'not a url' });
  });
});

describe('decodeBody', () => {
  it.each([
    [{ text: '{"message":"Forbidden"}', mimeType: 'application/json' }, 'json'],
    [{ text: 'eyJtZXNzYWdlIjoiRm9yYmlkZGVuIn0=', encoding: 'base64' }, 'json'],
    [{ text: '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>' }, 'xml'],
    [{ text: '<Error><Code>AccessDenied</Code></Error>' }, 'xml'],
    [{ text: '<html><body><h1>403</h1></body></html>', mimeType: 'text/html' }, 'html'],
    [{ text: '{broken', mimeType: 'application/json' }, 'text'],
    [{ text: 'Forbidden' }, 'text'],
    [{ text: '' }, 'empty'],
    [{ text: '   ' }, 'empty'],
    [{ size: 0 }, 'empty'],
    [{}, 'absent'],
    [undefined, 'absent'],
    [
      {
        text: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        encoding: 'base64',
      },
      'binary',
    ],
  ])('%j → %s', (content, kind) => {
    expect(decodeBody(content).kind).toBe(kind);
  });

  it('parses JSON and bounds the text it keeps', () => {
    expect(decodeBody({ text: '{"Message":"x"}' }).json).toEqual({ Message: 'x' });
    expect(decodeBody({ text: 'a'.repeat(MAX_BODY_CHARS * 3) }).text?.length).toBe(MAX_BODY_CHARS);
  });
});

describe('exchangeFromHarEntry', () => {
  const entry = {
    startedDateTime: '2026-11-24T10:00:00.000Z',
    _requestId: '1234.56',
    serverIPAddress: '[2600:1f18::1]',
    request: {
      method: 'get',
      url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/items?a=1',
      headers: [
        { name: 'Accept', value: 'a' },
        { name: 'X-Custom', value: '1' },
        { name: 'x-custom', value: '2' },
      ],
    },
    response: {
      status: 403,
      headers: [
        { name: 'X-Amzn-ErrorType', value: 'ForbiddenException' },
        { name: 'Content-Length', value: '0' },
      ],
      content: { mimeType: 'application/json', size: 0 },
      _error: null,
    },
  };

  it('lower-cases header names and keeps repeated headers', () => {
    const exchange = exchangeFromHarEntry(entry);
    expect(exchange.requestHeaders).toEqual([
      { name: 'accept', value: 'a' },
      { name: 'x-custom', value: '1' },
      { name: 'x-custom', value: '2' },
    ]);
    expect(exchange.responseHeaders[0]).toEqual({ name: 'x-amzn-errortype', value: 'ForbiddenException' });
  });

  it('reads id, method, URL parts, server address and an empty body declared by content-length', () => {
    expect(exchangeFromHarEntry(entry, { index: 3 })).toMatchObject({
      id: '1234.56',
      index: 3,
      method: 'GET',
      host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      path: '/prod/items',
      query: [{ name: 'a', value: '1' }],
      status: 403,
      serverIp: '2600:1f18::1',
      body: { kind: 'empty' },
      isPreflight: false,
    });
  });

  it('prefers content fetched separately over the HAR content, and numbers ids by index', () => {
    const { _requestId: _, ...withoutId } = entry;
    const exchange = exchangeFromHarEntry(withoutId, {
      index: 7,
      content: { text: '{"message":"Forbidden"}' },
    });
    expect(exchange.id).toBe('har:7');
    expect(exchange.body).toMatchObject({ kind: 'json', json: { message: 'Forbidden' } });
  });

  it('detects preflights by method + access-control-request-method, or by resource type', () => {
    const options = { ...entry, request: { ...entry.request, method: 'OPTIONS' } };
    expect(exchangeFromHarEntry(options).isPreflight).toBe(false);
    const preflight = {
      ...options,
      request: { ...options.request, headers: [{ name: 'Access-Control-Request-Method', value: 'POST' }] },
    };
    expect(exchangeFromHarEntry(preflight).isPreflight).toBe(true);
    expect(exchangeFromHarEntry({ ...entry, _resourceType: 'preflight' }).isPreflight).toBe(true);
  });

  it('survives missing parts', () => {
    const exchange = exchangeFromHarEntry({
      request: { method: 'GET', url: '' },
      response: { status: Number.NaN },
    });
    expect(exchange).toMatchObject({ status: 0, host: '', body: { kind: 'absent' }, requestHeaders: [] });
  });
});

describe('recordGaps', () => {
  const captured = {
    request: {
      method: 'GET',
      url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/x',
      headers: [{ name: 'User-Agent', value: 'Mozilla/5.0' }],
    },
    response: {
      status: 403,
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      content: { text: '{"message":"Forbidden"}' },
    },
  };

  it('finds none in a capture', () => {
    expect(recordGaps(captured)).toEqual({});
  });

  it('reads a record with only a body as one whose status, URL and headers are unknown', () => {
    const record = {
      request: { method: '', url: '' },
      response: { status: 0, content: { text: '{"message":"Forbidden"}' } },
    };
    expect(recordGaps(record)).toEqual({
      method: true,
      url: true,
      requestHeaders: true,
      status: true,
      responseHeaders: true,
    });
  });

  it('keeps status 0 as "no answer" for a captured request that failed or was sent with headers', () => {
    const failed = { ...captured, response: { status: 0, headers: [], _error: 'net::ERR_FAILED' } };
    expect(recordGaps(failed).status).toBeUndefined();
    const noResponse = { ...captured, response: { status: 0, headers: [] } };
    expect(recordGaps(noResponse).status).toBeUndefined();
  });

  it('reads request headers without User-Agent as a quote of some of them', () => {
    const quoted = {
      ...captured,
      request: { ...captured.request, headers: [{ name: 'x-api-key', value: 'abc' }] },
    };
    expect(recordGaps(quoted)).toEqual({ requestHeadersQuoted: true });
  });

  it('reads status 0 after quoted request headers as a status the record did not show', () => {
    const requestOnly = {
      request: { ...captured.request, headers: [{ name: 'Origin', value: 'https://app.example' }] },
      response: { status: 0, headers: [] },
    };
    expect(recordGaps(requestOnly)).toMatchObject({ requestHeadersQuoted: true, status: true });
  });
});
