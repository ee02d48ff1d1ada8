import { type Diagnosis, emptyContext, type SessionContext } from '../core/index.ts';
import { tabSessionKeys } from '../shared/storage-keys.ts';
import type { SessionStore } from './services.ts';

/**
 * Per-tab state of the worker, in storage.session so a worker Chrome stopped comes back with nothing lost.
 * Diagnoses are stored one key each (a single object would be rewritten whole on every request); the order
 * list bounds them. The panel keeps its own list, so the worker only needs recent diagnoses, to answer
 * re-sent requests idempotently.
 */
export const MAX_STORED_DIAGNOSES_PER_TAB = 1000;

const { context: contextKey, order: orderKey, diagnosis: diagnosisKey, learnt: learntKey } = tabSessionKeys;
/** How many recent batch ids are remembered: a re-send comes right after a restart, never much later. */
const REMEMBERED_BATCHES = 64;

export type TabSessionStore = ReturnType<typeof tabSessionStore>;

/** One per worker start: its cache is only ever filled from storage or written through to it. */
export function tabSessionStore(session: SessionStore) {
  const contextCache = new Map<number, SessionContext>();
  return {
    async loadContext(tabId: number): Promise<SessionContext> {
      const cached = contextCache.get(tabId);
      if (cached) return cached;
      const stored = (await session.get<SessionContext>(contextKey(tabId))) ?? emptyContext();
      contextCache.set(tabId, stored);
      return stored;
    },

    loadDiagnosis(tabId: number, requestId: string): Promise<Diagnosis | undefined> {
      return session.get<Diagnosis>(diagnosisKey(tabId, requestId));
    },

    async saveDiagnosis(
      tabId: number,
      requestId: string,
      diagnosis: Diagnosis,
      context: SessionContext,
    ): Promise<void> {
      contextCache.set(tabId, context);
      const order = ((await session.get<string[]>(orderKey(tabId))) ?? []).filter((id) => id !== requestId);
      order.push(requestId);
      const evicted = order.splice(0, Math.max(0, order.length - MAX_STORED_DIAGNOSES_PER_TAB));
      await session.set({
        [contextKey(tabId)]: context,
        [orderKey(tabId)]: order,
        [diagnosisKey(tabId, requestId)]: diagnosis,
      });
      await session.remove(evicted.map((id) => diagnosisKey(tabId, id)));
    },

    /** Whether the batch `batchId` was learnt already (a re-send after a worker restart). */
    async learntBatch(tabId: number, batchId: string): Promise<boolean> {
      return ((await session.get<string[]>(learntKey(tabId))) ?? []).includes(batchId);
    },

    /** The context with a batch of successes learnt, written with the batch's id in one storage write. */
    async saveLearnt(tabId: number, batchId: string, context: SessionContext): Promise<void> {
      contextCache.set(tabId, context);
      const learnt = [...((await session.get<string[]>(learntKey(tabId))) ?? []), batchId];
      await session.set({
        [contextKey(tabId)]: context,
        [learntKey(tabId)]: learnt.slice(-REMEMBERED_BATCHES),
      });
    },

    async forgetTab(tabId: number): Promise<void> {
      contextCache.delete(tabId);
      const order = (await session.get<string[]>(orderKey(tabId))) ?? [];
      await session.remove([
        contextKey(tabId),
        orderKey(tabId),
        learntKey(tabId),
        ...order.map((id) => diagnosisKey(tabId, id)),
      ]);
    },
  };
}
