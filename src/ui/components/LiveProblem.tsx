import type { LiveOutcome } from '../../shared/live-protocol.ts';
import { useT } from './TranslateContext.tsx';

type Problem = Exclude<LiveOutcome, { kind: 'answered' }>;

/**
 * Why a request the worker sent for the user got no answer to diagnose: a timeout and a network error are said
 * as such (they are not a 403), a refused permission names the origin. `action` is the page's way forward.
 */
export function LiveProblem({ outcome, action }: { outcome: Problem; action?: React.ReactNode }) {
  const t = useT();
  return (
    <div role="alert" className="banner banner-error" data-testid="live-problem" data-outcome={outcome.kind}>
      <p>{problemText(t, outcome)}</p>
      {outcome.kind === 'permission-refused' && outcome.message ? (
        <p className="reason">{t('ui_replay_browser_said', [outcome.message])}</p>
      ) : null}
      {action}
    </div>
  );
}

function problemText(t: (key: string, substitutions?: string[]) => string, outcome: Problem): string {
  switch (outcome.kind) {
    case 'permission-refused':
      return t('ui_replay_permission_refused', [outcome.origin]);
    case 'timeout':
      return t('ui_replay_timeout', [String(Math.round(outcome.timeoutMs / 1000))]);
    case 'network-error':
      return t('ui_replay_network_error', [outcome.message]);
    case 'redirect-not-followed':
      return t('ui_replay_redirect_not_followed', [outcome.url]);
    case 'not-a-url':
      return t(outcome.reason === 'no-url' ? 'ui_menu_no_url' : 'ui_menu_unsupported_scheme', [
        outcome.input,
      ]);
    case 'method-not-allowed':
      return t('ui_replay_method_not_allowed', [outcome.method]);
  }
}
