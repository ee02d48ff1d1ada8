import type { PanelAction } from './actions.ts';
import { findPairFor } from './preflight-pairing.ts';
import { DEFAULT_SETTINGS, type PanelState, type RequestRecord } from './types.ts';

export function initialPanelState(settings: Partial<PanelState['settings']> = {}): PanelState {
  return {
    records: {},
    order: [],
    filterText: '',
    scope: 'api-gateway',
    settings: { ...DEFAULT_SETTINGS, ...settings },
    droppedCount: 0,
    backfill: 'idle',
    missedBeforeOpen: false,
  };
}

function withRecord(state: PanelState, record: RequestRecord): PanelState {
  return { ...state, records: { ...state.records, [record.id]: record } };
}

function update(state: PanelState, id: string, change: (record: RequestRecord) => RequestRecord): PanelState {
  const record = state.records[id];
  return record ? withRecord(state, change(record)) : state;
}

/** Drops the oldest records beyond the limit, so a long session keeps bounded memory. */
function enforceLimit(state: PanelState): PanelState {
  const excess = state.order.length - state.settings.maxRequests;
  if (excess <= 0) return state;
  const dropped = state.order.slice(0, excess);
  const records = { ...state.records };
  for (const id of dropped) delete records[id];
  return {
    ...state,
    records,
    order: state.order.slice(excess),
    droppedCount: state.droppedCount + excess,
    selectedId: state.selectedId && records[state.selectedId] ? state.selectedId : undefined,
  };
}

function withoutBody(record: RequestRecord): Pick<RequestRecord, 'entry' | 'exchange'> {
  const { text: _text, ...content } = record.entry.response.content ?? {};
  return {
    entry: { ...record.entry, response: { ...record.entry.response, content } },
    exchange: { ...record.exchange, body: { kind: 'absent' } },
  };
}

function captured(state: PanelState, action: Extract<PanelAction, { type: 'captured' }>): PanelState {
  if (state.records[action.record.id]) return state;
  const pairedId = findPairFor(action.record, state.records, state.order);
  const record: RequestRecord = { ...action.record, seen: false, ...(pairedId ? { pairedId } : {}) };
  let next: PanelState = { ...withRecord(state, record), order: [...state.order, record.id] };
  if (pairedId) next = update(next, pairedId, (other) => ({ ...other, pairedId: record.id }));
  return enforceLimit(next);
}

function cleared(state: PanelState): PanelState {
  return {
    ...state,
    records: {},
    order: [],
    selectedId: undefined,
    droppedCount: 0,
    missedBeforeOpen: false,
  };
}

function movedSelection(
  state: PanelState,
  action: Extract<PanelAction, { type: 'selectionMoved' }>,
): PanelState {
  const { visibleIds, to } = action;
  if (visibleIds.length === 0) return state;
  const current = state.selectedId ? visibleIds.indexOf(state.selectedId) : -1;
  const last = visibleIds.length - 1;
  const target =
    to === 'first'
      ? 0
      : to === 'last'
        ? last
        : current === -1
          ? to === 'next'
            ? 0
            : last
          : Math.min(last, Math.max(0, current + (to === 'next' ? 1 : -1)));
  return selected(state, visibleIds[target]);
}

function selected(state: PanelState, requestId: string | undefined): PanelState {
  const next = { ...state, selectedId: requestId };
  return requestId
    ? update(next, requestId, (record) => (record.seen ? record : { ...record, seen: true }))
    : next;
}

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'captured':
      return captured(state, action);
    case 'diagnosed':
      return update(state, action.requestId, (record) => ({
        ...record,
        state: 'diagnosed',
        diagnosis: action.diagnosis,
        error: undefined,
        // Bodies of requests nothing is wrong with are not worth their memory in a long session.
        ...(action.diagnosis.flagged ? {} : withoutBody(record)),
      }));
    case 'failed':
      return update(state, action.requestId, (record) => ({
        ...record,
        state: 'error',
        error: action.message,
      }));
    case 'rediagnosing':
      return update(state, action.requestId, (record) => ({ ...record, state: 'pending', error: undefined }));
    case 'navigated':
      return state.settings.preserveLog ? state : cleared(state);
    case 'cleared':
      return cleared(state);
    case 'selected':
      return selected(state, action.requestId);
    case 'selectionMoved':
      return movedSelection(state, action);
    case 'allSeen': {
      const records = { ...state.records };
      for (const id of state.order) {
        const record = records[id];
        if (record && !record.seen) records[id] = { ...record, seen: true };
      }
      return { ...state, records };
    }
    case 'filterChanged':
      return { ...state, filterText: action.text };
    case 'scopeChanged':
      return { ...state, scope: action.scope };
    case 'settingsChanged':
      return enforceLimit({ ...state, settings: { ...state.settings, ...action.settings } });
    case 'backfillStarted':
      return { ...state, backfill: 'loading' };
    case 'backfillFinished':
      return { ...state, backfill: 'done', missedBeforeOpen: action.missedBeforeOpen };
    case 'workerUnreachable':
      return { ...state, workerUnreachable: action.reason };
  }
}
