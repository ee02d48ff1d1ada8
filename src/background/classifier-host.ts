import {
  addToContext,
  ContextBuilder,
  type ContextFacts,
  classify,
  type Diagnosis,
  type Exchange,
} from '../core/index.ts';
import { runInTabQueue } from './tab-queue.ts';
import type { TabSessionStore } from './tab-session-store.ts';

/**
 * Diagnoses one exchange of a tab with that tab's session context. Idempotent by request id: a request the
 * panel re-sends after a worker restart gets the stored answer and is not added to the context twice.
 */
export function diagnose(
  store: TabSessionStore,
  tabId: number,
  requestId: string,
  exchange: Exchange,
  force: boolean,
): Promise<Diagnosis> {
  return runInTabQueue(tabId, async () => {
    if (!force) {
      const stored = await store.loadDiagnosis(tabId, requestId);
      if (stored) return stored;
    }
    const context = await store.loadContext(tabId);
    const diagnosis = classify(exchange, context);
    const nextContext = force ? context : addToContext(context, exchange);
    try {
      await store.saveDiagnosis(tabId, requestId, diagnosis, nextContext);
    } catch (error) {
      // Storage full or unavailable: the panel still gets its answer; only idempotency after a restart suffers.
      console.warn('apigw403: could not persist a diagnosis', error);
    }
    return diagnosis;
  });
}

/**
 * Learns a batch of successes into a tab's session context: no classification (they are never rows) and
 * one storage write for the batch. A batch re-sent after a worker restart is recognised by its id.
 */
export function learn(
  store: TabSessionStore,
  tabId: number,
  batchId: string,
  facts: ContextFacts[],
): Promise<number> {
  return runInTabQueue(tabId, async () => {
    if (await store.learntBatch(tabId, batchId)) return 0;
    const context = new ContextBuilder(await store.loadContext(tabId));
    for (const learnt of facts) context.add(learnt);
    try {
      await store.saveLearnt(tabId, batchId, context.context());
    } catch (error) {
      console.warn('apigw403: could not persist the session context', error);
    }
    return facts.length;
  });
}
