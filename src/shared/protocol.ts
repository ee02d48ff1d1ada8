import type { ContextFacts, Diagnosis, Exchange } from '../core/index.ts';

/**
 * The typed protocol between the panel (or analyzer page) and the service worker. One event map per direction,
 * so each side can only send what the other listens for (the React DevTools Bridge<Out, In> pattern).
 */

/** Tags every message so a stray message from another sender is never mistaken for ours. */
export const PROTOCOL_SOURCE = 'apigw403';

/** Port names carry the inspected tab, so the worker keeps one session per tab: `panel:<tabId>`. */
export const PANEL_PORT_PREFIX = 'panel:';

export interface PanelToWorkerEvents {
  /** Diagnose one captured exchange. `force` re-runs the classifier even when a diagnosis is stored. */
  classify: { requestId: string; exchange: Exchange; force: boolean };
  /**
   * Successes that only feed the session context (no row, no diagnosis), batched: one message and one
   * storage write per batch instead of per request; each reduced to the few facts the context learns.
   */
  learn: { facts: ContextFacts[] };
  /** The inspected page navigated and the log is not preserved: forget the tab's session context. */
  reset: { reason: 'navigated' | 'cleared' };
}

export interface WorkerToPanelEvents {
  diagnosis: { requestId: string; diagnosis: Diagnosis };
  failed: { requestId: string; message: string };
  resetDone: { reason: 'navigated' | 'cleared' };
  learnt: { count: number };
}

/**
 * `id` is the idempotency key: the worker answers every request with exactly one reply carrying the same id,
 * and a request re-sent after a reconnect is answered from the stored result, never duplicated.
 */
export type Envelope<Events, Type extends keyof Events> = {
  source: typeof PROTOCOL_SOURCE;
  id: string;
  type: Type;
  payload: Events[Type];
};

export type MessageOf<Events> = { [Type in keyof Events]: Envelope<Events, Type> }[keyof Events];

export type PanelMessage = MessageOf<PanelToWorkerEvents>;
export type WorkerMessage = MessageOf<WorkerToPanelEvents>;

export function panelPortName(tabId: number): string {
  return `${PANEL_PORT_PREFIX}${tabId}`;
}

/** The tab id a panel port speaks for, or undefined for a port that is not a panel's. */
export function tabIdFromPortName(name: string): number | undefined {
  const digits = name.startsWith(PANEL_PORT_PREFIX) ? name.slice(PANEL_PORT_PREFIX.length) : '';
  return /^\d{1,15}$/.test(digits) ? Number(digits) : undefined;
}

export function classifyMessageId(requestId: string): string {
  return `classify:${requestId}`;
}

/** A batch is named by its first success's request id (unique in a tab) and its size. */
export function learnMessageId(firstRequestId: string, size: number): string {
  return `learn:${firstRequestId}:${size}`;
}

export function envelope<Events, Type extends keyof Events>(
  id: string,
  type: Type,
  payload: Events[Type],
): Envelope<Events, Type> {
  return { source: PROTOCOL_SOURCE, id, type, payload };
}
