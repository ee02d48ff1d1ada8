import type { MenuResult } from '../../shared/live-protocol.ts';
import { LiveProblem } from '../../ui/components/LiveProblem.tsx';
import { useT } from '../../ui/components/TranslateContext.tsx';
import { maskedUrl } from '../../ui/state/on-screen.ts';

/** A context-menu result the panel cannot show as a row: nothing flagged, or no answer to diagnose. */
export function MenuResultNotice({ result, onDismiss }: { result: MenuResult; onDismiss(): void }) {
  const t = useT();
  const { outcome } = result;
  const dismiss = (
    <button type="button" onClick={onDismiss}>
      {t('ui_menu_notice_dismiss')}
    </button>
  );
  return (
    <div className="menu-result-notice" data-testid="menu-result-notice" data-outcome={outcome.kind}>
      {outcome.kind === 'answered' ? (
        <p role="status">
          {t('ui_menu_not_flagged', [
            maskedUrl(result.url ?? outcome.exchange.url),
            String(outcome.exchange.status),
          ])}{' '}
          {dismiss}
        </p>
      ) : (
        <LiveProblem outcome={outcome} action={dismiss} />
      )}
    </div>
  );
}
