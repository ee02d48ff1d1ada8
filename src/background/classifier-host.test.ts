import { beforeEach, describe, expect, it } from 'vitest';
import {
  type ContextFacts,
  contextFacts,
  type Exchange,
  exchangeFromHarEntry,
  type SessionContext,
} from '../core/index.ts';
import { diagnose, learn } from './classifier-host.ts';
import { MAX_STORED_DIAGNOSES_PER_TAB, tabSessionStore } from './tab-session-store.ts';
import { memorySession } from './test-support/fake-background.ts';

/** storage.session as the worker sees it: it outlives the worker's memory, which a restart throws away. */
const sessionData = new Map<string, unknown>();

/** A fresh worker over the same storage, as after Chrome stopped and restarted it. */
function startWorker() {
  const store = tabSessionStore(memorySession(sessionData));
  return {
    ...store,
    diagnose: (tabId: number, requestId: string, exchange: Exchange, force: boolean) =>
      diagnose(store, tabId, requestId, exchange, force),
    MAX_STORED_DIAGNOSES_PER_TAB,
  };
}

const GATEWAY = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

function exchange(
  id: string,
  path: string,
  status: number,
  body?: string,
  headers: Array<{ name: string; value: string }> = [],
) {
  return exchangeFromHarEntry(
    {
      request: { method: 'GET', url: `${GATEWAY}${path}`, headers },
      response: {
        status,
        headers: [
          { name: 'content-type', value: 'application/json' },
          { name: 'x-amzn-requestid', value: 'f0f0f0f0-0000-1111-2222-333333333333' },
          ...(status === 403 ? [{ name: 'x-amzn-errortype', value: 'ForbiddenException' }] : []),
        ],
        content: { mimeType: 'application/json', ...(body ? { text: body } : {}) },
      },
    },
    { id },
  );
}

const storedContext = () => sessionData.get('tab:5:context') as SessionContext | undefined;
const successes = () => storedContext()?.apis['api:a1b2c3d4e5']?.successes;

beforeEach(() => sessionData.clear());

describe('diagnose (worker)', () => {
  it('answers a re-sent request from storage, even after a restart, without counting it twice', async () => {
    let worker = startWorker();
    const ok = exchange('ok', '/prod/pets', 200);
    await worker.diagnose(5, 'ok', ok, false);
    await worker.diagnose(5, 'ok', ok, false);
    expect(successes()).toBe(1);
    const first = await worker.diagnose(
      5,
      'denied',
      exchange('denied', '/prod/pets', 403, '{"message":"Forbidden"}'),
      false,
    );
    worker = startWorker();
    const again = await worker.diagnose(
      5,
      'denied',
      exchange('denied', '/prod/pets', 403, '{"message":"Forbidden"}'),
      false,
    );
    expect(again).toEqual(first);
    await worker.diagnose(5, 'ok', ok, false);
    expect(successes()).toBe(1);
  });

  it('keeps the session context across a restart, so later diagnoses still see earlier requests', async () => {
    let worker = startWorker();
    await worker.diagnose(5, 'ok', exchange('ok', '/prod/pets', 200), false);
    worker = startWorker();
    expect(await worker.loadContext(5)).toEqual(storedContext());
    expect(successes()).toBe(1);
    await worker.diagnose(5, 'ok2', exchange('ok2', '/prod/cats', 200), false);
    expect(successes()).toBe(2);
  });

  it('does not lose context updates when requests of one tab arrive together', async () => {
    const worker = startWorker();
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        worker.diagnose(5, `r${index}`, exchange(`r${index}`, `/prod/p${index}`, 200), false),
      ),
    );
    expect(successes()).toBe(20);
  });

  it('re-runs the classifier when forced, without adding the request to the context again', async () => {
    const worker = startWorker();
    const ok = exchange('ok', '/prod/pets', 200);
    await worker.diagnose(5, 'ok', ok, false);
    await worker.diagnose(5, 'ok', ok, true);
    expect(successes()).toBe(1);
  });

  it('forgets everything about a tab, and only that tab', async () => {
    const worker = startWorker();
    await worker.diagnose(5, 'a', exchange('a', '/prod/pets', 403), false);
    await worker.diagnose(6, 'b', exchange('b', '/prod/pets', 403), false);
    await worker.forgetTab(5);
    expect([...sessionData.keys()].filter((key) => key.startsWith('tab:5:'))).toEqual([]);
    expect([...sessionData.keys()].filter((key) => key.startsWith('tab:6:')).length).toBeGreaterThan(0);
  });

  it('keeps a bounded number of diagnoses per tab, dropping the oldest', async () => {
    const worker = startWorker();
    const limit = worker.MAX_STORED_DIAGNOSES_PER_TAB;
    for (let index = 0; index <= limit; index++) {
      await worker.diagnose(5, `r${index}`, exchange(`r${index}`, '/prod/pets', 403), false);
    }
    expect(sessionData.has('tab:5:dx:r0')).toBe(false);
    expect(sessionData.has(`tab:5:dx:r${limit}`)).toBe(true);
    expect([...sessionData.keys()].filter((key) => key.startsWith('tab:5:dx:'))).toHaveLength(limit);
  });
});

const factsOf = (success: Exchange) => contextFacts(success) as ContextFacts;

describe('learn (worker)', () => {
  it('learns a batch of successes with one write and no diagnosis; a re-sent batch counts once, even after a restart', async () => {
    let store = tabSessionStore(memorySession(sessionData));
    const batch = [exchange('a', '/prod/pets', 200), exchange('b', '/prod/pets', 200)].map(factsOf);
    expect(await learn(store, 5, 'learn:a:2', batch)).toBe(2);
    store = tabSessionStore(memorySession(sessionData));
    expect(await learn(store, 5, 'learn:a:2', batch)).toBe(0);
    expect(successes()).toBe(2);
    expect([...sessionData.keys()].filter((key) => key.includes(':dx:'))).toEqual([]);
    await learn(store, 5, 'learn:c:1', [factsOf(exchange('c', '/prod/pets', 200))]);
    expect(successes()).toBe(3);
  });

  it('forgets what it learnt with the tab', async () => {
    const store = tabSessionStore(memorySession(sessionData));
    await learn(store, 5, 'learn:a:1', [factsOf(exchange('a', '/prod/pets', 200))]);
    await store.forgetTab(5);
    expect([...sessionData.keys()].filter((key) => key.startsWith('tab:5:'))).toEqual([]);
  });
});
