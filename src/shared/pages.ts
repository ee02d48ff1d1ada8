/**
 * The extension's pages, as paths inside the built extension (what `runtime.getURL` takes): build inputs in
 * vite.config.ts, emitted at their source paths.
 */
export const PANEL_PAGE = 'src/panel/index.html';
export const ANALYZER_PAGE = 'src/analyzer/index.html';

/**
 * The analyzer page shows the HAR analyzer (optionally on a HAR the panel handed over, `#har=<key>`) or one
 * context-menu result (`#result=<id>`). Shared by the worker and the panel (which open the page) and the page.
 */
export type AnalyzerRoute =
  | { view: 'har'; handedOverKey?: string }
  | { view: 'result'; resultId: string }
  | { view: 'access'; origin: string };

const RESULT_PARAM = 'result';
const HAR_PARAM = 'har';
const ACCESS_PARAM = 'access';

export function resultHash(resultId: string): string {
  return `#${RESULT_PARAM}=${encodeURIComponent(resultId)}`;
}

/** The analyzer page showing one context-menu result. */
export function resultPage(resultId: string): string {
  return `${ANALYZER_PAGE}${resultHash(resultId)}`;
}

/** The analyzer page analysing a HAR the panel handed over under a storage key. */
export function handedOverHarPage(key: string): string {
  return `${ANALYZER_PAGE}#${HAR_PARAM}=${encodeURIComponent(key)}`;
}

/**
 * The analyzer page asking the user for access to one origin (for Replay): Firefox lets no DevTools panel ask,
 * an extension tab may, on the user's click.
 */
export function accessPage(origin: string): string {
  return `${ANALYZER_PAGE}#${ACCESS_PARAM}=${encodeURIComponent(origin)}`;
}

/** The first value of `name` in `name=value&…` (read by hand: shared/ compiles without DOM or Node types). */
function paramOf(hash: string, name: string): string | undefined {
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals) !== name) continue;
    try {
      return decodeURIComponent(pair.slice(equals + 1));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** `hash`: the page's `location.hash`. */
export function routeFromHash(hash: string): AnalyzerRoute {
  const resultId = paramOf(hash, RESULT_PARAM);
  if (resultId) return { view: 'result', resultId };
  const origin = paramOf(hash, ACCESS_PARAM);
  if (origin) return { view: 'access', origin };
  const handedOverKey = paramOf(hash, HAR_PARAM);
  return handedOverKey ? { view: 'har', handedOverKey } : { view: 'har' };
}
