import type { ContextFacts, Exchange } from '../core/index.ts';
import type { PanelMessage, WorkerMessage } from './protocol.ts';
import { PROTOCOL_SOURCE } from './protocol.ts';

/**
 * Messages cross a process boundary as structured clones: nothing about their shape is guaranteed. These guards
 * check exactly what the receiving side reads, so a malformed message is dropped instead of crashing a handler.
 */

type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEnvelope(value: unknown): value is Json & { id: string; type: string; payload: Json } {
  return (
    isRecord(value) &&
    value.source === PROTOCOL_SOURCE &&
    typeof value.id === 'string' &&
    typeof value.type === 'string' &&
    isRecord(value.payload)
  );
}

const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';

/** What the worker reads of a success's context facts. */
export function isContextFactsShape(value: unknown): value is ContextFacts {
  return (
    isRecord(value) &&
    typeof value.api === 'string' &&
    typeof value.worked === 'boolean' &&
    typeof value.call === 'string' &&
    typeof value.signed === 'boolean' &&
    typeof value.apiKeySent === 'boolean' &&
    isOptionalText(value.stage) &&
    isOptionalText(value.forbiddenSegment) &&
    isOptionalText(value.gatewayDomain)
  );
}

/** What a receiver reads of an exchange: the panel's `classify` and the replay both send whole ones. */
export function isExchangeShape(value: unknown): value is Exchange {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.method === 'string' &&
    typeof value.url === 'string' &&
    typeof value.status === 'number' &&
    Array.isArray(value.requestHeaders) &&
    Array.isArray(value.responseHeaders) &&
    isRecord(value.body)
  );
}

function isDiagnosisShape(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.exchangeId === 'string' &&
    typeof value.flagged === 'boolean' &&
    typeof value.origin === 'string' &&
    Array.isArray(value.causes) &&
    value.causes.every(
      (cause) => isRecord(cause) && typeof cause.id === 'string' && Array.isArray(cause.evidence),
    ) &&
    isRecord(value.facts)
  );
}

const RESET_REASONS = new Set(['navigated', 'cleared']);

export function isPanelMessage(value: unknown): value is PanelMessage {
  if (!isEnvelope(value)) return false;
  const { payload } = value;
  switch (value.type) {
    case 'classify':
      return (
        typeof payload.requestId === 'string' &&
        typeof payload.force === 'boolean' &&
        isExchangeShape(payload.exchange)
      );
    case 'learn':
      return Array.isArray(payload.facts) && payload.facts.every(isContextFactsShape);
    case 'reset':
      return RESET_REASONS.has(payload.reason as string);
    default:
      return false;
  }
}

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (!isEnvelope(value)) return false;
  const { payload } = value;
  switch (value.type) {
    case 'diagnosis':
      return typeof payload.requestId === 'string' && isDiagnosisShape(payload.diagnosis);
    case 'failed':
      return typeof payload.requestId === 'string' && typeof payload.message === 'string';
    case 'resetDone':
      return RESET_REASONS.has(payload.reason as string);
    case 'learnt':
      return typeof payload.count === 'number';
    default:
      return false;
  }
}
