import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToContext, classify, type Exchange, emptyContext } from '../../src/core/index.ts';
import { isPanelMessage, isWorkerMessage } from '../../src/shared/guards.ts';
import { isLiveBroadcast, isLiveRequest, isReplayResult } from '../../src/shared/live-protocol.ts';
import { PROTOCOL_SOURCE } from '../../src/shared/protocol.ts';

const RUNS = { numRuns: 300 };
const junk = fc.jsonValue({ maxDepth: 3 });

/** Passes the guard's shallow checks while everything inside is arbitrary: the worst a port can deliver. */
const shallowExchange = fc.record({
  id: fc.string(),
  method: fc.string(),
  url: fc.string(),
  status: fc.oneof(fc.integer(), fc.double()),
  requestHeaders: fc.array(junk, { maxLength: 4 }),
  responseHeaders: fc.array(junk, { maxLength: 4 }),
  body: fc.dictionary(fc.string(), junk, { maxKeys: 3 }),
  query: junk,
  host: junk,
  path: junk,
});

const message = fc.oneof(
  junk,
  fc.record({
    source: fc.constantFrom(PROTOCOL_SOURCE, 'other'),
    id: fc.string(),
    type: fc.constantFrom(
      'classify',
      'reset',
      'diagnosis',
      'failed',
      'resetDone',
      'replay',
      'diagnoseUrl',
      'openAnalyzer',
      'askOriginAccess',
      'showMenuResult',
      'originAccessAnswered',
    ),
    payload: fc.oneof(
      junk,
      fc.record({ requestId: fc.string(), force: fc.boolean(), exchange: fc.oneof(shallowExchange, junk) }),
    ),
    params: fc.oneof(
      junk,
      fc.record({ exchange: shallowExchange, variant: fc.string(), bodyConfirmed: fc.boolean() }),
    ),
  }),
);

describe('messages from a port are untrusted', () => {
  it('every guard answers a boolean for anything', () => {
    fc.assert(
      fc.property(message, (value) => {
        for (const guard of [
          isPanelMessage,
          isWorkerMessage,
          isLiveRequest,
          isReplayResult,
          isLiveBroadcast,
        ]) {
          expect(typeof guard(value)).toBe('boolean');
        }
      }),
      RUNS,
    );
  });

  it('an exchange that passes the panel-message guard cannot crash the worker', () => {
    fc.assert(
      fc.property(shallowExchange, fc.string(), (exchange, requestId) => {
        const value = {
          source: PROTOCOL_SOURCE,
          id: requestId,
          type: 'classify',
          payload: { requestId, force: false, exchange },
        };
        if (!isPanelMessage(value)) return;
        const received = exchange as unknown as Exchange;
        // The worker classifies it and adds it to the tab's session context: neither may throw.
        expect(typeof classify(received, emptyContext()).flagged).toBe('boolean');
        expect(() => addToContext(emptyContext(), received)).not.toThrow();
      }),
      RUNS,
    );
  });
});
