import type { Translate } from '../../core/index.ts';
import { matchesFilter, parseFilter } from './filter.ts';
import { type Column, rowCells, topCause } from './row-cells.ts';
import type { PanelState, RequestRecord, SortOrder } from './types.ts';

function isClientError(record: RequestRecord): boolean {
  return record.exchange.status >= 400 && record.exchange.status < 500;
}

/** A row belongs in the "API Gateway only" view until the worker says nothing is wrong with it. */
function concernsGateway(record: RequestRecord, records: PanelState['records']): boolean {
  if (record.candidate) return record.state !== 'diagnosed' || record.diagnosis?.flagged === true;
  const pair = record.pairedId ? records[record.pairedId] : undefined;
  return pair?.candidate === true && pair.diagnosis?.flagged !== false;
}

function inScope(state: PanelState, record: RequestRecord): boolean {
  return state.scope === 'all-4xx'
    ? isClientError(record) || concernsGateway(record, state.records)
    : concernsGateway(record, state.records);
}

const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 } as const;

/** What a column sorts by: numbers where the cell is a number or a rank, the shown text otherwise. */
function sortKey(record: RequestRecord, column: Column, t: Translate): string | number {
  const cells = rowCells(record, t);
  switch (column) {
    case 'status':
      return record.exchange.status;
    case 'method':
      return cells.method;
    case 'url':
      return `${cells.path}\n${cells.host}`;
    case 'error_type':
      return cells.errorType;
    case 'cause':
      return cells.cause;
    case 'confidence': {
      const cause = topCause(record);
      return cause ? CONFIDENCE_RANK[cause.confidence] : 0;
    }
  }
}

function compareKeys(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

function sorted(ids: string[], state: PanelState, sort: SortOrder, t: Translate): string[] {
  const direction = sort.direction === 'ascending' ? 1 : -1;
  const keyed = ids.map((id, arrival) => {
    const record = state.records[id];
    return { id, arrival, key: record ? sortKey(record, sort.column, t) : '' };
  });
  // Ties keep arrival order whatever the direction, as the Network panel does.
  keyed.sort((a, b) => direction * compareKeys(a.key, b.key) || a.arrival - b.arrival);
  return keyed.map(({ id }) => id);
}

export interface VisibleRows {
  /** Ids of the rows to show, in arrival order or the chosen sort order. */
  ids: string[];
  /** Rows the filters hide, the scope chips' and the filter text's alike (as the Network panel counts them). */
  hidden: number;
}

export function visibleRows(state: PanelState, t: Translate): VisibleRows {
  const terms = parseFilter(state.filterText);
  const ids: string[] = [];
  for (const id of state.order) {
    const record = state.records[id];
    if (record && inScope(state, record) && matchesFilter(record, terms, t)) ids.push(id);
  }
  return {
    ids: state.sort ? sorted(ids, state, state.sort, t) : ids,
    hidden: state.order.length - ids.length,
  };
}

/** Rows the worker flagged: the status bar's first count. */
export function flaggedCount(state: PanelState): number {
  let count = 0;
  for (const id of state.order) if (state.records[id]?.diagnosis?.flagged) count++;
  return count;
}

/** 403s that arrived live since the user last asked to see what is new: the toolbar's "new" chip. */
export function unseenForbiddenCount(state: PanelState): number {
  let count = 0;
  for (const id of state.order) {
    const record = state.records[id];
    if (record && record.exchange.status === 403 && !record.seen && !record.backfilled) count++;
  }
  return count;
}
