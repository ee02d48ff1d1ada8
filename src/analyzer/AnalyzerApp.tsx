import { useEffect, useState } from 'react';
import { routeFromHash } from '../shared/pages.ts';
import { AccessRequestView } from './AccessRequestView.tsx';
import { HarAnalyzer } from './HarAnalyzer.tsx';
import { MenuResultView } from './MenuResultView.tsx';
import type { AnalyzerServices } from './services.ts';

/**
 * One extension page, three views: a context-menu result (`#result=<id>`), a request for access to one origin
 * (`#access=<origin>`, Replay in Firefox) or the offline HAR analyzer.
 */
export function AnalyzerApp({ services }: { services: AnalyzerServices }) {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  if (route.view === 'access') return <AccessRequestView services={services} origin={route.origin} />;
  return route.view === 'result' ? (
    <MenuResultView services={services} resultId={route.resultId} />
  ) : (
    <HarAnalyzer
      services={services}
      {...(route.handedOverKey ? { handedOverKey: route.handedOverKey } : {})}
    />
  );
}
