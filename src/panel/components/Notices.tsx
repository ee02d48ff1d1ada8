import { useT } from '../../ui/components/TranslateContext.tsx';
import type { PanelState } from '../../ui/state/types.ts';

interface Props {
  state: PanelState;
  onReload(): void;
}

/** Things the user must know about what the list does not show. */
export function Notices({ state, onReload }: Props) {
  const t = useT();
  return (
    <>
      {state.workerUnreachable ? (
        <p role="alert" className="notice error">
          {t('ui_worker_unreachable', [state.workerUnreachable])}
        </p>
      ) : null}
      {state.missedBeforeOpen ? (
        <div className="notice" data-testid="backfill-notice" role="status">
          <span>{t('ui_backfill_missed')}</span>{' '}
          <button type="button" onClick={onReload}>
            {t('ui_reload_and_capture')}
          </button>
        </div>
      ) : null}
      {state.droppedCount > 0 ? (
        <p className="notice" data-testid="dropped-notice" role="status">
          {t('ui_dropped', [String(state.droppedCount), String(state.settings.maxRequests)])}
        </p>
      ) : null}
    </>
  );
}
