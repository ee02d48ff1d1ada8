import { type Diagnosis, emptyContext, type SessionContext } from '../core/index.ts';
import { sessionStore } from '../platform/storage.ts';
import { tabSessionKeys } from '../shared/storage-keys.ts';

/**
 * Per-tab state of the worker, in storage.session so a worker Chrome stopped comes back with nothing lost.
 * Diagnoses are stored one key each (a single object would be rewritten whole on every request); the order
 * list bounds them. The panel keeps its own list, so the worker only needs recent diagnoses, to answer
 * re-sent requests idempotently.
 */
export const MAX_STORED_DIAGNOSES_PER_TAB = 1000;

const { context: contextKey, order: orderKey, diagnosis: diagnosisKey } = tabSessionKeys;

/** A cache in front of storage: only ever filled from storage or written through to it. */
const contextCache = new Map<number, SessionContext>();

export async function loadContext(tabId: number): Promise<SessionContext> {
  const cached = contextCache.get(tabId);
  if (cached) return cached;
  const stored = (await sessionStore.get<SessionContext>(contextKey(tabId))) ?? emptyContext();
  contextCache.set(tabId, stored);
  return stored;
}

export function loadDiagnosis(tabId: number, requestId: string): Promise<Diagnosis | undefined> {
  return sessionStore.get<Diagnosis>(diagnosisKey(tabId, requestId));
}

export async function saveDiagnosis(
  tabId: number,
  requestId: string,
  diagnosis: Diagnosis,
  context: SessionContext,
): Promise<void> {
  contextCache.set(tabId, context);
  const order = ((await sessionStore.get<string[]>(orderKey(tabId))) ?? []).filter((id) => id !== requestId);
  order.push(requestId);
  const evicted = order.splice(0, Math.max(0, order.length - MAX_STORED_DIAGNOSES_PER_TAB));
  await sessionStore.set({
    [contextKey(tabId)]: context,
    [orderKey(tabId)]: order,
    [diagnosisKey(tabId, requestId)]: diagnosis,
  });
  await sessionStore.remove(evicted.map((id) => diagnosisKey(tabId, id)));
}

export async function forgetTab(tabId: number): Promise<void> {
  contextCache.delete(tabId);
  const order = (await sessionStore.get<string[]>(orderKey(tabId))) ?? [];
  await sessionStore.remove([
    contextKey(tabId),
    orderKey(tabId),
    ...order.map((id) => diagnosisKey(tabId, id)),
  ]);
}
