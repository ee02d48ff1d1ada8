import type { RankedCause } from '../../core/index.ts';
import type { PanelState, RequestRecord } from './types.ts';

export function topCause(record: RequestRecord): RankedCause | undefined {
  return record.diagnosis?.causes[0];
}

/** `x-amzn-errortype` without the `:http://internal…` suffix AWS sometimes appends. */
export function errorType(record: RequestRecord): string {
  const header = record.exchange.responseHeaders.find((h) => h.name === 'x-amzn-errortype')?.value;
  return (header?.split(':')[0] ?? record.diagnosis?.facts.errorType ?? record.exchange.error ?? '').trim();
}

function isClientError(record: RequestRecord): boolean {
  return record.exchange.status >= 400 && record.exchange.status < 500;
}

/** A row belongs in the "API Gateway only" view until the worker says nothing is wrong with it. */
function concernsGateway(record: RequestRecord, records: PanelState['records']): boolean {
  if (record.candidate) return record.state !== 'diagnosed' || record.diagnosis?.flagged === true;
  const pair = record.pairedId ? records[record.pairedId] : undefined;
  return pair?.candidate === true && pair.diagnosis?.flagged !== false;
}

function matchesText(record: RequestRecord, needle: string): boolean {
  if (needle === '') return true;
  const { exchange } = record;
  const haystack = [
    exchange.method,
    exchange.url,
    String(exchange.status),
    errorType(record),
    topCause(record)?.id ?? '',
  ]
    .join(' ')
    .toLowerCase();
  return needle
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Ids of the rows to show, in arrival order. */
export function visibleIds(state: PanelState): string[] {
  const needle = state.filterText.trim();
  return state.order.filter((id) => {
    const record = state.records[id];
    if (!record) return false;
    const inScope =
      state.scope === 'all-4xx'
        ? isClientError(record) || concernsGateway(record, state.records)
        : concernsGateway(record, state.records);
    return inScope && matchesText(record, needle);
  });
}

/** 403s that arrived live and have not been looked at: the toolbar badge. */
export function unseenForbiddenCount(state: PanelState): number {
  let count = 0;
  for (const id of state.order) {
    const record = state.records[id];
    if (record && record.exchange.status === 403 && !record.seen && !record.backfilled) count++;
  }
  return count;
}
