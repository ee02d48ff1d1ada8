import { describe, expect, it } from 'vitest';
import { exchangeFromHarEntry } from '../core/index.ts';
import {
  isLiveBroadcast,
  isLiveRequest,
  isReplayResult,
  type LiveRequests,
  oneShotMessage,
} from './live-protocol.ts';

const liveRequest = oneShotMessage<LiveRequests, keyof LiveRequests>;

import { PROTOCOL_SOURCE } from './protocol.ts';

const exchange = exchangeFromHarEntry({
  request: { method: 'GET', url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/x' },
  response: { status: 403 },
});

describe('live request guards', () => {
  it('accepts the requests the pages build', () => {
    expect(
      isLiveRequest(liveRequest('replay', { exchange, variant: 'without-api-key', bodyConfirmed: false })),
    ).toBe(true);
    expect(isLiveRequest(liveRequest('diagnoseUrl', { url: exchange.url }))).toBe(true);
    expect(isLiveRequest(liveRequest('diagnoseUrl', { url: exchange.url, tabId: 3 }))).toBe(true);
    expect(isLiveRequest(liveRequest('openAnalyzer', { harKey: 'apigw403:har:1' }))).toBe(true);
  });

  it.each([
    [
      'a foreign sender',
      { source: 'other', type: 'replay', params: { exchange, variant: 'as-captured', bodyConfirmed: true } },
    ],
    [
      'an unknown type',
      { source: PROTOCOL_SOURCE, type: 'fetchAnything', params: { url: 'https://x.test' } },
    ],
    [
      'an unknown variant',
      {
        source: PROTOCOL_SOURCE,
        type: 'replay',
        params: { exchange, variant: 'with-cookies', bodyConfirmed: true },
      },
    ],
    [
      'no body confirmation flag',
      { source: PROTOCOL_SOURCE, type: 'replay', params: { exchange, variant: 'as-captured' } },
    ],
    [
      'a malformed exchange',
      {
        source: PROTOCOL_SOURCE,
        type: 'replay',
        params: { exchange: { url: 1 }, variant: 'as-captured', bodyConfirmed: false },
      },
    ],
    ['a non-string URL', { source: PROTOCOL_SOURCE, type: 'diagnoseUrl', params: { url: 42 } }],
    [
      'a HAR key that is not a string',
      { source: PROTOCOL_SOURCE, type: 'openAnalyzer', params: { harKey: 1 } },
    ],
    [
      'a string tab id',
      { source: PROTOCOL_SOURCE, type: 'diagnoseUrl', params: { url: 'https://x.test', tabId: '3' } },
    ],
    ['null', null],
  ])('rejects %s', (_name, message) => {
    expect(isLiveRequest(message)).toBe(false);
  });

  it('checks replies and broadcasts before the panel renders them', () => {
    const before = { exchangeId: 'x', flagged: false, origin: 'unknown', causes: [], facts: {} };
    expect(
      isReplayResult({ variant: 'as-captured', before, outcome: { kind: 'timeout', timeoutMs: 1 } }),
    ).toBe(true);
    expect(isReplayResult({ variant: 'as-captured', before })).toBe(false);
    expect(isReplayResult(undefined)).toBe(false);
    const result = { id: 'r', requestedAt: '', outcome: { kind: 'timeout', timeoutMs: 1 } };
    const show = (tabId: unknown) => ({
      source: PROTOCOL_SOURCE,
      type: 'showMenuResult',
      params: { tabId, result },
    });
    expect(isLiveBroadcast(show(1))).toBe(true);
    expect(isLiveBroadcast(show('1'))).toBe(false);
    expect(isLiveBroadcast({ ...show(1), type: 'replay' })).toBe(false);
  });
});
