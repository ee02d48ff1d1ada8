import type { Diagnosis } from '../../core/index.ts';
import type { ContextEntry, PanelSettings, RequestRecord, Scope, SortOrder } from './types.ts';

export type SelectionMove = 'next' | 'previous' | 'pageDown' | 'pageUp' | 'first' | 'last';

export type NewRecord = Omit<RequestRecord, 'seen' | 'pairedId'>;

export type PanelAction =
  | { type: 'captured'; record: NewRecord }
  | { type: 'contextCaptured'; context: ContextEntry }
  | { type: 'diagnosed'; requestId: string; diagnosis: Diagnosis }
  | { type: 'failed'; requestId: string; message: string }
  | { type: 'rediagnosing'; requestId: string }
  | { type: 'navigated' }
  | { type: 'cleared' }
  | { type: 'selected'; requestId: string | undefined }
  | { type: 'selectionMoved'; visibleIds: string[]; to: SelectionMove; pageSize?: number }
  | { type: 'allSeen' }
  | { type: 'filterChanged'; text: string }
  | { type: 'scopeChanged'; scope: Scope }
  | { type: 'sortChanged'; sort: SortOrder | undefined }
  | { type: 'settingsChanged'; settings: Partial<PanelSettings> }
  | { type: 'backfillStarted' }
  | { type: 'backfillFinished'; missedBeforeOpen: boolean }
  | { type: 'workerUnreachable'; reason: string }
  /** Several actions applied in one step: bursts (a getHAR backfill, a flood of worker replies) cost one copy. */
  | { type: 'batch'; actions: PanelAction[] };
