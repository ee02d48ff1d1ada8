import { useEffect, useState } from 'react';
import type { MenuResult } from '../shared/live-protocol.ts';
import { resultHash } from '../shared/pages.ts';
import { DetailsPane } from '../ui/components/DetailsPane.tsx';
import { LiveProblem } from '../ui/components/LiveProblem.tsx';
import { useT } from '../ui/components/TranslateContext.tsx';
import { maskedUrl } from '../ui/state/on-screen.ts';
import type { AnalyzerServices } from './services.ts';

type Loaded = { phase: 'loading' } | { phase: 'missing' } | { phase: 'loaded'; result: MenuResult };

/** The result of "Diagnose with API Gateway 403" when DevTools was not open on the tab. */
export function MenuResultView({ services, resultId }: { services: AnalyzerServices; resultId: string }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>({ phase: 'loading' });
  const [retrying, setRetrying] = useState(false);

  useEffect(() => {
    let current = true;
    setLoaded({ phase: 'loading' });
    void services.loadMenuResult(resultId).then((result) => {
      if (current) setLoaded(result ? { phase: 'loaded', result } : { phase: 'missing' });
    });
    return () => {
      current = false;
    };
  }, [services, resultId]);

  if (loaded.phase === 'loading') return <p role="status">{t('ui_menu_result_loading')}</p>;
  if (loaded.phase === 'missing') {
    return (
      <p role="alert" data-testid="menu-result-missing">
        {t('ui_menu_result_missing')}
      </p>
    );
  }
  const { result } = loaded;
  const { outcome } = result;

  const allowAndRetry = (origin: string, url: string) => {
    // Called straight from the click: Chrome shows its permission prompt only during a user gesture.
    const access = services.requestOriginAccess(origin);
    setRetrying(true);
    void access
      .then((granted) => (granted.granted ? services.diagnoseUrl(url, result.tabId) : undefined))
      .then((newId) => {
        if (newId) window.location.hash = resultHash(newId);
      })
      .finally(() => setRetrying(false));
  };

  return (
    <main className="menu-result" data-testid="menu-result" data-outcome={outcome.kind}>
      <h1>{t('ui_menu_result_title')}</h1>
      {result.url ? (
        <p className="target-url">
          {t('ui_menu_result_url')} <code>{maskedUrl(result.url)}</code>
        </p>
      ) : null}
      {outcome.kind === 'answered' ? (
        <>
          <p className="sent-note">{t('ui_menu_result_sent_note', [String(outcome.exchange.status)])}</p>
          <DetailsPane
            record={{
              id: outcome.exchange.id,
              entry: outcome.entry,
              exchange: outcome.exchange,
              candidate: true,
              state: 'diagnosed',
              diagnosis: outcome.diagnosis,
              backfilled: false,
              seen: true,
            }}
            records={{}}
          />
        </>
      ) : (
        <LiveProblem
          outcome={outcome}
          action={
            outcome.kind === 'permission-refused' && result.url ? (
              <button
                type="button"
                data-testid="allow-and-retry"
                disabled={retrying}
                onClick={() => allowAndRetry(outcome.origin, result.url ?? '')}
              >
                {t('ui_menu_allow_and_retry', [outcome.origin])}
              </button>
            ) : undefined
          }
        />
      )}
    </main>
  );
}
