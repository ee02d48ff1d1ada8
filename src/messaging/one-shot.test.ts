import { describe, expect, it } from 'vitest';
import { exchangeFromHarEntry, unflaggedDiagnosis } from '../core/index.ts';
import type { MenuResult, ReplayResult } from '../shared/live-protocol.ts';
import { answerRequests, broadcast, NoAnswerError, onBroadcast, requestOver, type Send } from './one-shot.ts';

const exchange = exchangeFromHarEntry({
  request: { method: 'GET', url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/x' },
  response: { status: 403 },
});
const before = unflaggedDiagnosis(exchange);
const replayed: ReplayResult = { variant: 'as-captured', before, outcome: { kind: 'timeout', timeoutMs: 5 } };
const result: MenuResult = { id: 'm1', requestedAt: '', outcome: { kind: 'timeout', timeoutMs: 5 } };

/** runtime.sendMessage through a structured clone to the listeners, first reply wins, as in the browser. */
function wire(...listeners: Array<(message: unknown) => Promise<unknown> | undefined>): Send {
  return async (message) => {
    for (const listener of listeners) {
      const reply = listener(structuredClone(message));
      if (reply) return structuredClone(await reply);
    }
    return undefined;
  };
}

describe('one-shot requests', () => {
  it('delivers params to the handler of that type and resolves with its reply', async () => {
    const seen: unknown[] = [];
    const worker = answerRequests({
      replay: async (params) => {
        seen.push(params.variant);
        return replayed;
      },
      diagnoseUrl: async (params) => ({ resultId: `for ${params.url}` }),
      openAnalyzer: async (params) => {
        seen.push(params.harKey);
        return true;
      },
      askOriginAccess: async () => true,
    });
    const request = requestOver(wire(worker));
    expect(await request('replay', { exchange, variant: 'as-captured', bodyConfirmed: false })).toEqual(
      replayed,
    );
    expect(await request('diagnoseUrl', { url: 'https://x.test/' })).toEqual({
      resultId: 'for https://x.test/',
    });
    expect(await request('openAnalyzer', { harKey: 'apigw403:har:1' })).toBe(true);
    expect(seen).toEqual(['as-captured', 'apigw403:har:1']);
  });

  it('rejects when nobody answers or the reply is not what the map says', async () => {
    await expect(requestOver(wire())('diagnoseUrl', { url: 'https://x.test/' })).rejects.toBeInstanceOf(
      NoAnswerError,
    );
    const liar = answerRequests({
      replay: async () => ({ nonsense: true }) as unknown as ReplayResult,
      diagnoseUrl: async () => ({ resultId: 'r' }),
      openAnalyzer: async () => true,
      askOriginAccess: async () => true,
    });
    await expect(
      requestOver(wire(liar))('replay', { exchange, variant: 'as-captured', bodyConfirmed: false }),
    ).rejects.toBeInstanceOf(NoAnswerError);
  });

  it('leaves broadcasts and foreign messages to other listeners', () => {
    const worker = answerRequests({
      replay: async () => replayed,
      diagnoseUrl: async () => ({ resultId: 'r' }),
      openAnalyzer: async () => true,
      askOriginAccess: async () => true,
    });
    expect(
      worker({ source: 'apigw403', type: 'showMenuResult', params: { tabId: 1, result } }),
    ).toBeUndefined();
    expect(worker({ type: 'replay' })).toBeUndefined();
  });
});

describe('broadcasts', () => {
  it('reaches the page concerned, whose reply comes back; the others stay silent', async () => {
    const shown: string[] = [];
    const panelOf = (tabId: number) =>
      onBroadcast('showMenuResult', (params) => {
        if (params.tabId !== tabId) return undefined;
        shown.push(`${tabId}:${params.result.id}`);
        return true;
      });
    const send = wire(panelOf(1), panelOf(2));
    expect(await broadcast(send, 'showMenuResult', { tabId: 2, result })).toBe(true);
    expect(await broadcast(send, 'showMenuResult', { tabId: 3, result })).toBeUndefined();
    expect(shown).toEqual(['2:m1']);
  });

  it('treats a send that fails (no page open) as no answer', async () => {
    const failing: Send = async () => {
      throw new Error('Could not establish connection');
    };
    expect(await broadcast(failing, 'showMenuResult', { tabId: 1, result })).toBeUndefined();
  });
});
