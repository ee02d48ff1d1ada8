import { useEffect, useState } from 'react';
import { isShowMenuResult, type MenuResult } from '../../messaging/live-protocol.ts';
import { onRuntimeMessage } from '../../platform/runtime-messages.ts';
import type { PanelAction } from '../state/actions.ts';

/**
 * Shows "Diagnose with API Gateway 403" results for the inspected tab in this panel: a diagnosed answer becomes
 * a selected row with its cause card; anything else (refused permission, timeout, not flagged) a notice. Answers
 * the worker's broadcast with `true` so it does not also open the result page.
 */
export function useMenuResults(tabId: number, dispatch: (action: PanelAction) => void) {
  const [notice, setNotice] = useState<MenuResult | undefined>();
  useEffect(
    () =>
      onRuntimeMessage((message) => {
        if (!isShowMenuResult(message) || message.tabId !== tabId) return undefined;
        const { result } = message;
        const { outcome } = result;
        if (outcome.kind === 'answered' && outcome.diagnosis.flagged) {
          const { exchange, entry, diagnosis } = outcome;
          dispatch({
            type: 'captured',
            record: {
              id: exchange.id,
              entry,
              exchange,
              candidate: true,
              state: 'diagnosed',
              diagnosis,
              backfilled: false,
            },
          });
          dispatch({ type: 'selected', requestId: exchange.id });
          setNotice(undefined);
        } else {
          setNotice(result);
        }
        return Promise.resolve(true);
      }),
    [tabId, dispatch],
  );
  return { notice, dismissNotice: () => setNotice(undefined) };
}
