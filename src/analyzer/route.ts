/**
 * The analyzer page shows the HAR analyzer (optionally on a HAR the panel handed over, `#har=<key>`) or one
 * context-menu result (`#result=<id>`). Pure, shared by the worker and the panel (which open the page) and the page.
 */
export type AnalyzerRoute = { view: 'har'; handedOverKey?: string } | { view: 'result'; resultId: string };

const RESULT_PARAM = 'result';
const HAR_PARAM = 'har';

export function resultHash(resultId: string): string {
  return `#${RESULT_PARAM}=${encodeURIComponent(resultId)}`;
}

export function handedOverHarHash(key: string): string {
  return `#${HAR_PARAM}=${encodeURIComponent(key)}`;
}

export function routeFromHash(hash: string): AnalyzerRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const resultId = params.get(RESULT_PARAM);
  if (resultId) return { view: 'result', resultId };
  const handedOverKey = params.get(HAR_PARAM);
  return handedOverKey ? { view: 'har', handedOverKey } : { view: 'har' };
}
