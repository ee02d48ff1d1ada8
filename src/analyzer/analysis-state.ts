import type { HarEntry } from '../har/types.ts';
import { initialPanelState } from '../panel/state/reducer.ts';
import type { PanelState, RequestRecord } from '../panel/state/types.ts';
import type { CapturedEntry } from '../platform/devtools-network.ts';
import type { HarAnalysis } from './analyze-har.ts';

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
 * The panel's state, filled in one step from a whole file (dispatching one `captured` per entry would copy the
 * record map once per entry). The panel's reducer then handles selection, filter and scope as in the panel.
 */
export function stateFromAnalysis(analysis: HarAnalysis): PanelState {
  const records: Record<string, RequestRecord> = {};
  const order: string[] = [];
  for (const { entry, exchange, diagnosis, candidate } of analysis.entries) {
    records[exchange.id] = {
      id: exchange.id,
      entry: capturedEntryOf(entry),
      exchange,
      candidate,
      state: 'diagnosed',
      diagnosis,
      backfilled: false,
      seen: true,
      ...(typeof entry.time === 'number' ? { totalTime: entry.time } : {}),
    };
    order.push(exchange.id);
  }
  // A file is analysed whole: the panel's live-capture memory cap does not apply.
  const state = initialPanelState({ maxRequests: Number.MAX_SAFE_INTEGER });
  // Open on the first flagged request, so its cause card is on screen without a click.
  const firstFlagged = analysis.entries.find((entry) => entry.diagnosis.flagged)?.exchange.id;
  return {
    ...state,
    records,
    order,
    backfill: 'done',
    ...(firstFlagged ? { selectedId: firstFlagged } : {}),
  };
}
