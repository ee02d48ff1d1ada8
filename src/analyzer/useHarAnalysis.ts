import { useCallback, useReducer, useRef, useState } from 'react';
import type { PanelAction } from '../ui/state/actions.ts';
import { initialPanelState, panelReducer } from '../ui/state/reducer.ts';
import type { PanelState } from '../ui/state/types.ts';
import { stateFromAnalysis } from './analysis-state.ts';
import type { PageAnalysis } from './page-analysis.ts';
import { analyzeInputsForPage, type InputOutcome, type PageInput } from './page-inputs.ts';

export type AnalysisStatus =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string; entriesRead: number }
  | { phase: 'done'; name: string; analysis: PageAnalysis; outcomes: InputOutcome[] };

type Action = PanelAction | { type: 'loaded'; state: PanelState };

function reducer(state: PanelState, action: Action): PanelState {
  return action.type === 'loaded' ? action.state : panelReducer(state, action);
}

/** Progress is repainted at most this often (in entries), so a 100k-entry file does not re-render 100k times. */
const PROGRESS_STEP = 500;

/** Reads what the user gave (files, pasted text) into the panel's state; a newer batch supersedes one still being read. */
export function useHarAnalysis() {
  const [state, dispatch] = useReducer(reducer, undefined, () => initialPanelState());
  const [status, setStatus] = useState<AnalysisStatus>({ phase: 'idle' });
  const generation = useRef(0);

  const analyze = useCallback(async (inputs: PageInput[]) => {
    const mine = ++generation.current;
    const name = inputs.map((input) => input.name).join(', ');
    setStatus({ phase: 'reading', name, entriesRead: 0 });
    const read = await analyzeInputsForPage(inputs, {
      onEntry: (entriesRead) => {
        if (entriesRead % PROGRESS_STEP === 0 && mine === generation.current) {
          setStatus({ phase: 'reading', name, entriesRead });
        }
      },
    }).catch((error: unknown) => {
      // The reader reports file problems as values; this is a failure reading the file itself (e.g. permissions).
      const detail = error instanceof Error ? error.message : String(error);
      const analysis: PageAnalysis = {
        entries: [],
        entryCount: 0,
        warnings: [],
        error: { code: 'empty', path: '$', detail },
      };
      return { analysis, outcomes: [] };
    });
    if (mine !== generation.current) return;
    dispatch({ type: 'loaded', state: stateFromAnalysis(read.analysis) });
    setStatus({ phase: 'done', name, ...read });
  }, []);

  return { state, dispatch, status, analyze };
}
