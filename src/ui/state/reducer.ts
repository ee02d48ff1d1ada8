import { blockedByPreflight } from '../../core/index.ts';
import { withoutBodyText } from '../../har/without-body-text.ts';
import type { PanelAction } from './actions.ts';
import { findPairFor } from './preflight-pairing.ts';
import { type ContextEntry, DEFAULT_SETTINGS, type PanelState, type RequestRecord } from './types.ts';

export function initialPanelState(settings: Partial<PanelState['settings']> = {}): PanelState {
  return {
    records: {},
    order: [],
    context: [],
    filterText: '',
    scope: 'api-gateway',
    settings: { ...DEFAULT_SETTINGS, ...settings },
    droppedCount: 0,
    backfill: 'idle',
    missedBeforeOpen: false,
  };
}

/**
 * The state being built by one dispatch. Copying thousands of records for every action would make a burst of
 * them quadratic, so `records` and `order` are copied once, on the first write of a dispatch, and then changed
 * in place; the reducer stays pure because the copies are new objects nobody else holds.
 */
class Draft {
  #recordsCopied = false;
  #orderCopied = false;
  #contextCopied = false;
  constructor(public state: PanelState) {}

  get records(): Readonly<Record<string, RequestRecord>> {
    return this.state.records;
  }

  writableRecords(): Record<string, RequestRecord> {
    if (!this.#recordsCopied) {
      this.state = { ...this.state, records: { ...this.state.records } };
      this.#recordsCopied = true;
    }
    return this.state.records;
  }

  writableOrder(): string[] {
    if (!this.#orderCopied) {
      this.state = { ...this.state, order: [...this.state.order] };
      this.#orderCopied = true;
    }
    return this.state.order;
  }

  writableContext(): ContextEntry[] {
    if (!this.#contextCopied) {
      this.state = { ...this.state, context: [...this.state.context] };
      this.#contextCopied = true;
    }
    return this.state.context;
  }

  set(change: Partial<PanelState>): void {
    this.state = { ...this.state, ...change };
  }

  update(id: string, change: (record: RequestRecord) => RequestRecord): void {
    const record = this.state.records[id];
    if (record) this.writableRecords()[id] = change(record);
  }

  /** Replaces the whole list (navigation, clear): nothing to copy. */
  replaceList(records: Record<string, RequestRecord>, order: string[]): void {
    this.state = { ...this.state, records, order };
    this.#recordsCopied = true;
    this.#orderCopied = true;
  }
}

function withoutBody(record: RequestRecord): RequestRecord {
  return {
    ...record,
    entry: withoutBodyText(record.entry),
    exchange: { ...record.exchange, body: { kind: 'absent' } },
  };
}

/** Drops the oldest records beyond the limit, so a long session keeps bounded memory. */
function enforceLimit(draft: Draft): void {
  const excess = draft.state.order.length - draft.state.settings.maxRequests;
  if (excess <= 0) return;
  const dropped = draft.writableOrder().splice(0, excess);
  const records = draft.writableRecords();
  for (const id of dropped) delete records[id];
  const { selectedId } = draft.state;
  draft.set({
    droppedCount: draft.state.droppedCount + excess,
    selectedId: selectedId && records[selectedId] ? selectedId : undefined,
  });
}

/**
 * A request its failed preflight blocked shows the preflight's diagnosis, whichever of the two arrived or was
 * diagnosed last: the blocked one alone is a bare status 0 that nothing explains.
 */
function explainBlocked(draft: Draft, requestId: string): void {
  const record = draft.records[requestId];
  const pair = record?.pairedId ? draft.records[record.pairedId] : undefined;
  if (!record || !pair) return;
  const [preflight, blocked] = record.exchange.isPreflight ? [record, pair] : [pair, record];
  if (preflight.state !== 'diagnosed' || !preflight.diagnosis) return;
  const diagnosis = blockedByPreflight(blocked.exchange, preflight.exchange, preflight.diagnosis);
  draft.update(blocked.id, (other) => ({ ...other, state: 'diagnosed', diagnosis, error: undefined }));
}

function capture(draft: Draft, action: Extract<PanelAction, { type: 'captured' }>): void {
  if (draft.records[action.record.id]) return;
  const pairedId = findPairFor(action.record, draft.records, draft.state.order);
  const record: RequestRecord = { ...action.record, seen: false, ...(pairedId ? { pairedId } : {}) };
  draft.writableRecords()[record.id] = record;
  draft.writableOrder().push(record.id);
  if (pairedId) {
    draft.update(pairedId, (other) => ({ ...other, pairedId: record.id }));
    explainBlocked(draft, record.id);
  }
  enforceLimit(draft);
}

function enforceContextLimit(draft: Draft): void {
  const excess = draft.state.context.length - draft.state.settings.maxRequests;
  if (excess > 0) draft.writableContext().splice(0, excess);
}

/** Seen both live and in the getHAR() backfill, a context entry is kept once. */
function captureContext(draft: Draft, context: ContextEntry): void {
  if (draft.state.context.some((other) => other.id === context.id)) return;
  draft.writableContext().push(context);
  enforceContextLimit(draft);
}

function clear(draft: Draft): void {
  draft.replaceList({}, []);
  draft.set({ context: [], selectedId: undefined, droppedCount: 0, missedBeforeOpen: false });
}

function select(draft: Draft, requestId: string | undefined): void {
  draft.set({ selectedId: requestId });
}

function moveSelection(draft: Draft, action: Extract<PanelAction, { type: 'selectionMoved' }>): void {
  const { visibleIds, to, pageSize = 1 } = action;
  if (visibleIds.length === 0) return;
  const { selectedId } = draft.state;
  const current = selectedId ? visibleIds.indexOf(selectedId) : -1;
  const last = visibleIds.length - 1;
  const forward = to === 'next' || to === 'pageDown';
  let target: number;
  if (to === 'first') target = 0;
  else if (to === 'last') target = last;
  else if (current === -1) target = forward ? 0 : last;
  else {
    const step = to === 'pageDown' || to === 'pageUp' ? Math.max(1, pageSize) : 1;
    target = Math.min(last, Math.max(0, current + (forward ? step : -step)));
  }
  select(draft, visibleIds[target]);
}

function apply(draft: Draft, action: PanelAction): void {
  switch (action.type) {
    case 'captured':
      capture(draft, action);
      break;
    case 'contextCaptured':
      captureContext(draft, action.context);
      break;
    case 'diagnosed':
      draft.update(action.requestId, (record) => {
        const diagnosed: RequestRecord = {
          ...record,
          state: 'diagnosed',
          diagnosis: action.diagnosis,
          error: undefined,
        };
        // Bodies of requests nothing is wrong with are not worth their memory in a long session.
        return action.diagnosis.flagged ? diagnosed : withoutBody(diagnosed);
      });
      explainBlocked(draft, action.requestId);
      break;
    case 'failed':
      draft.update(action.requestId, (record) => ({ ...record, state: 'error', error: action.message }));
      break;
    case 'rediagnosing':
      draft.update(action.requestId, (record) => ({ ...record, state: 'pending', error: undefined }));
      break;
    case 'navigated':
      if (draft.state.settings.preserveLog) draft.set({ missedBeforeOpen: false });
      else clear(draft);
      break;
    case 'cleared':
      clear(draft);
      break;
    case 'selected':
      select(draft, action.requestId);
      break;
    case 'selectionMoved':
      moveSelection(draft, action);
      break;
    case 'allSeen':
      for (const id of draft.state.order) {
        if (draft.records[id]?.seen === false) draft.update(id, (record) => ({ ...record, seen: true }));
      }
      break;
    case 'filterChanged':
      draft.set({ filterText: action.text });
      break;
    case 'scopeChanged':
      draft.set({ scope: action.scope });
      break;
    case 'sortChanged':
      draft.set({ sort: action.sort });
      break;
    case 'settingsChanged':
      draft.set({ settings: { ...draft.state.settings, ...action.settings } });
      enforceLimit(draft);
      enforceContextLimit(draft);
      break;
    case 'backfillStarted':
      draft.set({ backfill: 'loading' });
      break;
    case 'backfillFinished':
      draft.set({ backfill: 'done', missedBeforeOpen: action.missedBeforeOpen });
      break;
    case 'workerUnreachable':
      draft.set({ workerUnreachable: action.reason });
      break;
    case 'batch':
      for (const inner of action.actions) apply(draft, inner);
      break;
  }
}

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  const draft = new Draft(state);
  apply(draft, action);
  return draft.state;
}
