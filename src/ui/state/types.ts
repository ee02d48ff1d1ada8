import type { Diagnosis, Exchange } from '../../core/index.ts';
import type { CapturedEntry } from '../../shared/captured-request.ts';
import type { Column } from './row-cells.ts';

export type RowState = 'pending' | 'diagnosed' | 'error';

export type Scope = 'api-gateway' | 'all-4xx';

/** HAR timings of one request, in milliseconds (-1: not applicable). */
export type Timings = Partial<
  Record<'blocked' | 'dns' | 'connect' | 'ssl' | 'send' | 'wait' | 'receive', number>
>;

export interface RequestRecord {
  id: string;
  /** The HAR entry as captured (with the body text for candidates), for HAR export. */
  entry: CapturedEntry;
  exchange: Exchange;
  /** Passed the cheap pre-filter: its body was fetched and the worker diagnoses it. */
  candidate: boolean;
  state: RowState;
  diagnosis?: Diagnosis;
  error?: string;
  totalTime?: number;
  timings?: Timings;
  /** The URL a preflight was sent for (Chromium's `_initiator.url`). */
  preflightFor?: string;
  /** For a preflight: the request it blocked. For a blocked request: its failed preflight. */
  pairedId?: string;
  /** Came from getHAR() when the panel opened rather than from a live event. */
  backfilled: boolean;
  /** The user has looked at it (selected it), so it no longer counts as new. */
  seen: boolean;
}

/**
 * A success from an API Gateway host that is no row but taught the worker session context (a stage that works).
 * Kept, without its body, so an export carries the evidence the diagnoses used.
 */
export interface ContextEntry {
  id: string;
  host: string;
  entry: CapturedEntry;
}

export interface PanelSettings {
  preserveLog: boolean;
  maxRequests: number;
  /** Widths in px the user dragged grid columns to (the URL column takes what is left). */
  columnWidths: Partial<Record<Column, number>>;
  /** Share of the width the request list takes beside the details: all its columns (wide) or its Name (narrow). */
  listShare: { wide: number; narrow: number };
}

export const DEFAULT_SETTINGS: PanelSettings = {
  preserveLog: false,
  maxRequests: 5000,
  columnWidths: {},
  listShare: { wide: 0.45, narrow: 0.35 },
};

export interface SortOrder {
  column: Column;
  direction: 'ascending' | 'descending';
}

export interface PanelState {
  records: Record<string, RequestRecord>;
  /** Ids in arrival order, oldest first. */
  order: string[];
  selectedId?: string;
  filterText: string;
  scope: Scope;
  /** Unset: arrival order, as captured. */
  sort?: SortOrder;
  settings: PanelSettings;
  /** Context entries in arrival order, oldest first, at most settings.maxRequests of them. */
  context: ContextEntry[];
  /** Requests dropped (oldest first) to stay within settings.maxRequests. */
  droppedCount: number;
  backfill: 'idle' | 'loading' | 'done';
  /** DevTools was opened after the page loaded: some requests are in no log at all. */
  missedBeforeOpen: boolean;
  /** The worker cannot be reached at all (extension reloaded): nothing will be diagnosed until reopened. */
  workerUnreachable?: string;
}
