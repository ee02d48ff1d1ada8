import type { HarEntry } from '../har/types.ts';
import type { CapturedEntry } from '../shared/captured-request.ts';
import type { PanelAction } from '../ui/state/actions.ts';
import { initialPanelState, panelReducer } from '../ui/state/reducer.ts';
import type { PanelState } from '../ui/state/types.ts';
import type { PageAnalysis } from './page-analysis.ts';

/** The panel keeps entries as DevTools hands them over; HAR timings may also carry a comment or `_` fields. */
function capturedEntryOf(entry: HarEntry): CapturedEntry {
  const { timings, ...rest } = entry;
  if (!timings) return rest;
  const numeric = Object.entries(timings).filter(
    (pair): pair is [string, number] => typeof pair[1] === 'number',
  );
  return { ...rest, timings: Object.fromEntries(numeric) };
}

/**
 * The panel's state for a whole file, built by the panel's own reducer as one batch of captures (one copy of the
 * record map, not one per entry), so the list behaves as in the panel: a failed CORS preflight is paired with
 * the request it blocked, which then shows the preflight's diagnosis.
 */
export function stateFromAnalysis(analysis: PageAnalysis): PanelState {
  const captures: PanelAction[] = analysis.entries.map(({ entry, exchange, diagnosis, candidate }) => ({
    type: 'captured',
    record: {
      id: exchange.id,
      entry: capturedEntryOf(entry),
      exchange,
      candidate,
      state: 'diagnosed',
      diagnosis,
      backfilled: false,
      ...(typeof entry.time === 'number' ? { totalTime: entry.time } : {}),
    },
  }));
  // A file is analysed whole: the panel's live-capture memory cap does not apply.
  const state = panelReducer(initialPanelState({ maxRequests: Number.MAX_SAFE_INTEGER }), {
    type: 'batch',
    actions: [...captures, { type: 'allSeen' }, { type: 'backfillFinished', missedBeforeOpen: false }],
  });
  // Open on the first flagged request, so its cause card is on screen without a click.
  const firstFlagged = state.order.find((id) => state.records[id]?.diagnosis?.flagged);
  return firstFlagged ? { ...state, selectedId: firstFlagged } : state;
}
