import { useState } from 'react';
import type { AnalyzerServices } from './services.ts';

/**
 * Asks the user for access to one origin on behalf of the panel's Replay (`#access=<origin>`): Firefox gives
 * DevTools panels no permissions API, and its prompt needs a click in an extension page. Whatever the user
 * answers is announced to the waiting panel, then the tab closes.
 */
export function AccessRequestView({ services, origin }: { services: AnalyzerServices; origin: string }) {
  const { t } = services;
  const [asking, setAsking] = useState(false);

  const answer = (granted: Promise<boolean>) => {
    setAsking(true);
    void granted
      .catch(() => false)
      .then((value) => services.announceOriginAccess(origin, value))
      .finally(() => window.close());
  };

  return (
    <main className="access-request" data-testid="access-request">
      <h1>{t('ui_access_title', [origin])}</h1>
      <p>{t('ui_access_why')}</p>
      <p>
        <button
          type="button"
          data-testid="access-allow"
          disabled={asking}
          // Asked straight from the click: the browser shows its prompt only during the user's gesture.
          onClick={() => answer(services.requestOriginAccess(origin).then((access) => access.granted))}
        >
          {t('ui_access_allow')}
        </button>{' '}
        <button type="button" disabled={asking} onClick={() => answer(Promise.resolve(false))}>
          {t('ui_access_cancel')}
        </button>
      </p>
    </main>
  );
}
