import { type RankedCause, renderCause, type Translate } from '../../core/index.ts';
import { rowMasker } from './on-screen.ts';
import type { RequestRecord } from './types.ts';

/** The grid's columns, left to right. */
export const COLUMNS = ['status', 'method', 'url', 'error_type', 'cause', 'confidence'] as const;
export type Column = (typeof COLUMNS)[number];

/**
 * What one row shows, cell by cell, in the reader's language: the grid renders it and the filter searches it.
 * Text from the URL (the path, a cause title naming it) is masked as everything on screen is (on-screen.ts).
 */
export interface RowCells {
  status: string;
  method: string;
  path: string;
  host: string;
  errorType: string;
  cause: string;
  /** The URL for the row's tooltip. */
  url: string;
  confidence: string;
}

export function topCause(record: RequestRecord): RankedCause | undefined {
  return record.diagnosis?.causes[0];
}

/** `x-amzn-errortype` without the `:http://internal…` suffix AWS sometimes appends; only what the server said. */
export function errorType(record: RequestRecord): string {
  const header = record.exchange.responseHeaders.find((h) => h.name === 'x-amzn-errortype')?.value;
  return (header?.split(':')[0] ?? '').trim();
}

/** Like the Network panel: "(failed)" for a request that got no response; its net:: error is the cell's tooltip. */
function statusText(record: RequestRecord, t: Translate): string {
  return record.exchange.status === 0 ? t('ui_status_blocked') : String(record.exchange.status);
}

function causeText(record: RequestRecord, t: Translate): string {
  if (record.state === 'pending') return t('ui_row_pending');
  if (record.state === 'error') return t('ui_row_error');
  const cause = topCause(record);
  return cause && record.diagnosis
    ? renderCause(cause, record.diagnosis.facts, t).title
    : t('ui_row_not_flagged');
}

/**
 * Records never change in place (the reducer replaces them), so a row's text is computed once per record
 * object: filtering thousands of rows per keystroke does not re-render every cause title.
 */
const cache = new WeakMap<Translate, WeakMap<RequestRecord, RowCells>>();

export function rowCells(record: RequestRecord, t: Translate): RowCells {
  let byRecord = cache.get(t);
  if (!byRecord) {
    byRecord = new WeakMap();
    cache.set(t, byRecord);
  }
  const cached = byRecord.get(record);
  if (cached) return cached;
  const cause = topCause(record);
  const mask = rowMasker(record);
  const cells: RowCells = {
    status: statusText(record, t),
    method: record.exchange.method,
    path: mask(record.exchange.path),
    host: record.exchange.host,
    errorType: errorType(record),
    cause: mask(causeText(record, t)),
    url: mask(record.exchange.url),
    confidence: cause ? t(`ui_confidence_${cause.confidence}`) : '',
  };
  byRecord.set(record, cells);
  return cells;
}
