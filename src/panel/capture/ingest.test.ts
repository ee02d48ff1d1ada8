import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../core/index.ts';
import {
  addToContext,
  ContextBuilder,
  type ContextFacts,
  contextFacts,
  emptyContext,
  exchangeFromHarEntry,
  relevanceOf,
} from '../../core/index.ts';
import type { NewRecord } from '../../ui/state/actions.ts';
import type { ContextEntry } from '../../ui/state/types.ts';
import { capturedRequest, type FakeEntryOptions } from '../test-support/fake-services.ts';
import { type CaptureSink, ingest } from './ingest.ts';
import { requestIdFor } from './request-id.ts';

const GATEWAY = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

function recordingSink(known: string[] = []) {
  const added: NewRecord[] = [];
  const classified: Array<{ requestId: string; exchange: Exchange }> = [];
  const kept: ContextEntry[] = [];
  const learnt: Array<{ requestId: string; facts: ContextFacts }> = [];
  const sink: CaptureSink = {
    has: (requestId) => known.includes(requestId) || added.some((record) => record.id === requestId),
    add: (record) => added.push(record),
    keepContext: (context) => kept.push(context),
    classify: (requestId, exchange) => classified.push({ requestId, exchange }),
    learn: (requestId, facts) => learnt.push({ requestId, facts }),
  };
  return { sink, added, classified, kept, learnt };
}

describe('relevanceOf (the cheap pre-filter)', () => {
  it.each([
    ['a 403 from an execute-api host', { url: `${GATEWAY}/prod/x`, status: 403 }, 'candidate'],
    ['a 200 from an execute-api host', { url: `${GATEWAY}/prod/x`, status: 200 }, 'context'],
    [
      'a 200 from a custom domain answering like API Gateway',
      {
        url: 'https://api.demo-shop.test/orders',
        status: 200,
        responseHeaders: [{ name: 'x-amzn-RequestId', value: 'abc' }],
      },
      'context',
    ],
    ['a 404 from some other server', { url: 'https://example.com/missing', status: 404 }, 'listed'],
    ['a 200 from some other server', { url: 'https://example.com/', status: 200 }, 'ignored'],
    [
      'an AWS service host with API Gateway headers',
      {
        url: 'https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com/graphql',
        status: 403,
        responseHeaders: [{ name: 'x-amz-apigw-id', value: 'x' }],
      },
      'listed',
    ],
  ] as Array<[string, FakeEntryOptions, string]>)('%s → %s', (_label, options, expected) => {
    expect(relevanceOf(capturedRequest(options).entry)).toBe(expected);
  });

  it('lists a request that got no answer (CORS, network error) so a failed preflight can claim it', () => {
    const request = capturedRequest({ url: `${GATEWAY}/prod/x`, status: 0 });
    request.entry.response._error = 'net::ERR_FAILED';
    expect(relevanceOf(request.entry)).toBe('listed');
  });
});

describe('requestIdFor', () => {
  it('is the same for the live event and the getHAR entry of one request, different for another', () => {
    const live = capturedRequest({
      url: `${GATEWAY}/prod/x`,
      status: 403,
      startedDateTime: '2026-11-25T00:00:01.000Z',
    });
    const fromHar = structuredClone(live.entry);
    const later = capturedRequest({
      url: `${GATEWAY}/prod/x`,
      status: 403,
      startedDateTime: '2026-11-25T00:00:02.000Z',
    });
    expect(requestIdFor(fromHar)).toBe(requestIdFor(live.entry));
    expect(requestIdFor(later.entry)).not.toBe(requestIdFor(live.entry));
  });

  it('is the same for a live copy and a getHAR() copy taken while the body was still loading', () => {
    const { live, loading } = copiesOfOneSlowRequest();
    expect(requestIdFor(loading)).toBe(requestIdFor(live));
  });

  it('tells apart two identical requests started in the same millisecond by their AWS request ids', () => {
    const twin = (requestId: string) =>
      capturedRequest({
        url: `${GATEWAY}/prod/x`,
        status: 403,
        startedDateTime: '2026-11-25T00:00:01.000Z',
        responseHeaders: [{ name: 'x-amzn-RequestId', value: requestId }],
      }).entry;
    expect(requestIdFor(twin('a-1'))).not.toBe(requestIdFor(twin('b-2')));
  });
});

/**
 * One 403 (its body sent 1.5 s after its headers) as Chromium 156 handed it to an extension twice: the
 * onRequestFinished copy, and a getHAR() copy taken while the body was loading. Same start, status and headers;
 * `time`, `timings.receive`, `content.size`, `bodySize` and `_transferSize` are what they were at that moment, and
 * the getHAR() copy has `pageref` and `_connectionId` besides.
 */
function copiesOfOneSlowRequest() {
  const request = {
    method: 'GET',
    url: `${GATEWAY}/prod/x?copy=0`,
    httpVersion: 'HTTP/1.1',
    headers: [
      { name: 'Accept', value: '*/*' },
      { name: 'Origin', value: 'http://demo.apigw403.test' },
      { name: 'Sec-Fetch-Mode', value: 'cors' },
    ],
    queryString: [{ name: 'copy', value: '0' }],
    cookies: [],
    headersSize: 526,
    bodySize: 0,
  };
  const responseHeaders = [
    { name: 'Transfer-Encoding', value: 'chunked' },
    { name: 'access-control-allow-origin', value: '*' },
    { name: 'content-type', value: 'application/json' },
    { name: 'x-amzn-errortype', value: 'AccessDeniedException' },
    { name: 'x-amzn-requestid', value: 'rid-/prod/x?copy=0' },
  ];
  const copy = (loaded: {
    time: number;
    receive: number;
    size: number;
    bodySize: number;
    transfer: number;
  }) => ({
    _initiator: { type: 'script' },
    _priority: 'High',
    _resourceType: 'fetch',
    cache: {},
    connection: '36195',
    request,
    response: {
      status: 403,
      statusText: 'Forbidden',
      httpVersion: 'HTTP/1.1',
      headers: responseHeaders,
      cookies: [],
      content: { size: loaded.size, mimeType: 'application/json' },
      redirectURL: '',
      headersSize: 281,
      bodySize: loaded.bodySize,
      _transferSize: loaded.transfer,
      _error: null,
    },
    serverIPAddress: '127.0.0.1',
    startedDateTime: '2026-12-02T11:01:29.234Z',
    time: loaded.time,
    timings: {
      blocked: 1.313,
      dns: 0.027,
      ssl: -1,
      connect: 0.209,
      send: 0.151,
      wait: 1.075,
      receive: loaded.receive,
    },
  });
  const live = copy({ time: 1504.529, receive: 1501.754, size: 36, bodySize: 52, transfer: 333 });
  const loading = {
    ...copy({ time: 4.257, receive: 1.482, size: 11, bodySize: 16, transfer: 297 }),
    _connectionId: '36195',
    pageref: 'page_1',
  };
  return { live, loading };
}

describe('ingest', () => {
  it('lists a request once when the backfill caught it still loading and the live event brought it finished', async () => {
    const { live, loading } = copiesOfOneSlowRequest();
    const { sink, added, classified } = recordingSink();
    const body = async () => ({ text: '{"Message":"User is not authorized"}' });
    await ingest({ entry: loading, getContent: body }, true, sink);
    await ingest({ entry: live, getContent: body }, false, sink);
    expect(added).toHaveLength(1);
    expect(classified).toHaveLength(1);
  });

  it('adds a candidate as pending with its body and asks the worker to diagnose it', async () => {
    const { sink, added, classified } = recordingSink();
    await ingest(
      capturedRequest({ url: `${GATEWAY}/prod/x`, status: 403, body: '{"message":"Forbidden"}' }),
      false,
      sink,
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ candidate: true, state: 'pending', backfilled: false, totalTime: 12 });
    expect(added[0]?.exchange.body.kind).toBe('json');
    expect(added[0]?.entry.response.content?.text).toBe('{"message":"Forbidden"}');
    expect(classified.map((item) => item.requestId)).toEqual([added[0]?.id]);
  });

  it('lists other 4xx without fetching a body or bothering the worker', async () => {
    const { sink, added, classified } = recordingSink();
    const request = capturedRequest({ url: 'https://example.com/x', status: 404, body: 'secret page' });
    request.getContent = () => Promise.reject(new Error('must not be fetched'));
    await ingest(request, true, sink);
    expect(added[0]).toMatchObject({ candidate: false, state: 'diagnosed', backfilled: true });
    expect(added[0]?.diagnosis?.flagged).toBe(false);
    expect(classified).toEqual([]);
  });

  it('sends gateway successes to the worker to learn from, never to classify, without a row', async () => {
    const { sink, added, classified, learnt } = recordingSink();
    await ingest(capturedRequest({ url: `${GATEWAY}/prod/x`, status: 200 }), false, sink);
    expect(added).toEqual([]);
    expect(classified).toEqual([]);
    expect(learnt.map(({ facts }) => [facts.worked, facts.call])).toEqual([[true, 'GET /prod/x']]);
  });

  it('keeps a gateway success for export, without its body text', async () => {
    const { sink, kept, learnt } = recordingSink();
    const request = capturedRequest({ url: `${GATEWAY}/prod/x`, status: 200 });
    const withBody = {
      ...request.entry,
      response: {
        ...request.entry.response,
        content: { mimeType: 'application/json', text: '{"secret":1}' },
      },
    };
    await ingest({ ...request, entry: withBody }, false, sink);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.id).toBe(learnt[0]?.requestId);
    expect(kept[0]?.host).toBe(new URL(GATEWAY).host);
    expect(kept[0]?.entry.request.url).toBe(`${GATEWAY}/prod/x`);
    expect(kept[0]?.entry.response.content).toEqual({ mimeType: 'application/json' });
  });

  it('learns from a success exactly what the whole entry would teach, from a reduced copy', () => {
    const { sink, kept, learnt } = recordingSink();
    const request = capturedRequest({
      url: `${GATEWAY}/prod/orders/7?x=1`,
      status: 200,
      requestHeaders: [
        { name: 'x-api-key', value: 'k3y' },
        {
          name: 'Authorization',
          value:
            'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abcd',
        },
      ],
      responseHeaders: [
        { name: 'x-amzn-RequestId', value: 'r-1' },
        { name: 'x-cache', value: 'Miss from cloudfront' },
        { name: 'Via', value: '1.1 abc.cloudfront.net (CloudFront)' },
      ],
    });
    request.entry._initiator = {
      type: 'script',
      stack: { callFrames: [{ url: 'https://shop.test/app.js' }] },
    };
    ingest(request, false, sink);
    const whole = exchangeFromHarEntry(request.entry);
    expect(learnt[0]?.facts).toEqual(contextFacts(whole));
    const learntContext = new ContextBuilder();
    learntContext.add(learnt[0]?.facts);
    expect(learntContext.context()).toEqual(addToContext(emptyContext(), whole));
    expect(kept[0]?.entry).not.toHaveProperty('_initiator');
  });

  it('copies no entry it does not keep a row for: ignored requests and successes it learns from', () => {
    const { sink, added, kept } = recordingSink();
    const uncopyable = (url: string) => {
      const request = capturedRequest({ url, status: 200 });
      request.entry._initiator = {
        toJSON() {
          throw new Error('a copy of the whole entry');
        },
      };
      return request;
    };
    ingest(uncopyable('https://shop.test/app.js'), false, sink);
    ingest(uncopyable(`${GATEWAY}/prod/x`), false, sink);
    expect(added).toEqual([]);
    expect(kept).toHaveLength(1);
  });

  it("keeps a row's entry as its own plain copy, without body text (Firefox's getHAR entries carry it)", () => {
    const { sink, added } = recordingSink();
    const request = capturedRequest({ url: 'https://example.com/x', status: 404 });
    const devtoolsEntry = request.entry;
    devtoolsEntry.response.content = { mimeType: 'text/html', size: 11, text: 'secret page' };
    ingest(request, false, sink);
    expect(added[0]?.entry).not.toBe(devtoolsEntry);
    expect(added[0]?.entry.response.content).toEqual({ mimeType: 'text/html', size: 11 });
    devtoolsEntry.request.url = 'https://example.com/changed';
    expect(added[0]?.entry.request.url).toBe('https://example.com/x');
  });

  it('skips a request it already has', async () => {
    const request = capturedRequest({ url: `${GATEWAY}/prod/x`, status: 403 });
    const { sink, added, classified } = recordingSink([requestIdFor(request.entry)]);
    await ingest(request, true, sink);
    expect(added).toEqual([]);
    expect(classified).toEqual([]);
  });

  it('remembers which URL a preflight was sent for', async () => {
    const { sink, added } = recordingSink();
    const preflight = capturedRequest({
      url: `${GATEWAY}/prod/x`,
      status: 403,
      method: 'OPTIONS',
      resourceType: 'preflight',
    });
    preflight.entry._initiator = { type: 'preflight', url: `${GATEWAY}/prod/x`, requestId: '42.1' };
    await ingest(preflight, false, sink);
    expect(added[0]).toMatchObject({ preflightFor: `${GATEWAY}/prod/x` });
    expect(added[0]?.exchange.isPreflight).toBe(true);
  });
});

describe('ingest: bodies DevTools did not keep', () => {
  function forbiddenWith(contentLength: string, content: { text?: string }) {
    const request = capturedRequest({
      url: `${GATEWAY}/prod/x`,
      status: 403,
      responseHeaders: [
        { name: 'content-type', value: 'application/json' },
        { name: 'content-length', value: contentLength },
      ],
    });
    request.entry.response.content = { mimeType: 'application/json', size: 0 };
    request.getContent = async () => content;
    return request;
  }

  it('reads "no content" for a response that declared a body as unknown, not as an empty body', async () => {
    for (const content of [{}, { text: '' }]) {
      const { sink, added } = recordingSink();
      await ingest(forbiddenWith('23', content), false, sink);
      expect(added[0]?.exchange.body.kind).toBe('absent');
    }
  });

  it('keeps a truly empty body empty (content-length: 0 is evidence, e.g. of a WAF block)', async () => {
    const { sink, added } = recordingSink();
    await ingest(forbiddenWith('0', { text: '' }), false, sink);
    expect(added[0]?.exchange.body.kind).toBe('empty');
  });
});
