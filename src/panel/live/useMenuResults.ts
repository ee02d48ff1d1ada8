import { useEffect, useState } from 'react';
import type { MenuResult } from '../../shared/live-protocol.ts';
import type { PanelAction } from '../../ui/state/actions.ts';
import type { PanelServices } from '../services.ts';

/**
 * Shows "Diagnose with API Gateway 403" results for the inspected tab in this panel: a flagged answer becomes a
 * selected row with its cause card; anything else (refused permission, timeout, not flagged) a notice.
 */
export function useMenuResults(
  onMenuResult: PanelServices['onMenuResult'],
  dispatch: (action: PanelAction) => void,
) {
  const [notice, setNotice] = useState<MenuResult | undefined>();
  useEffect(
    () =>
      onMenuResult((result) => {
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
      }),
    [onMenuResult, dispatch],
  );
  return { notice, dismissNotice: () => setNotice(undefined) };
}
