/**
 * Which URL a context-menu click asks us to diagnose: the link under the pointer, or a URL inside the
 * selected text. Pure, so the rules below are unit-tested without a browser.
 */

export type MenuTarget =
  | { ok: true; url: string; origin: string }
  | { ok: false; reason: 'no-url' | 'unsupported-scheme'; input: string };

/** Characters people select around a URL by accident: quotes, brackets, sentence punctuation. */
const LEADING_JUNK = /^[\s"'`<([{]+/;
const TRAILING_JUNK = /[\s"'`>)\]}.,;:!?]+$/;
/** A URL written inside prose or a shell command (`curl -v https://…`): the first http(s) token wins. */
const EMBEDDED_URL = /\bhttps?:\/\/[^\s"'`<>]+/i;
/** A bare `host[:port][/path]` as copied from a log line, without a scheme. */
const BARE_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9](?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * Pulls the URL out of selected text, or returns undefined when there is none.
 * @example urlFromSelection('see "https://a1b2.execute-api.us-east-1.amazonaws.com/prod/x".') // → URL of that
 * @example urlFromSelection('a1b2.execute-api.us-east-1.amazonaws.com/prod') // → https://a1b2…/prod
 */
export function urlFromSelection(text: string): URL | undefined {
  const embedded = EMBEDDED_URL.exec(text)?.[0];
  const candidate = (embedded ?? text).replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');
  if (candidate === '' || /\s/.test(candidate)) return undefined;
  if (embedded !== undefined) return parseUrl(candidate);
  if (BARE_HOST.test(candidate)) return parseUrl(`https://${candidate}`);
  return parseUrl(candidate);
}

/** Decides what to diagnose for a menu click; a link wins over a selection, as Chrome shows the link item. */
export function targetFromMenuClick(info: { linkUrl?: string; selectionText?: string }): MenuTarget {
  const input = info.linkUrl ?? info.selectionText ?? '';
  const url = info.linkUrl !== undefined ? parseUrl(info.linkUrl) : urlFromSelection(input);
  if (url === undefined) return { ok: false, reason: 'no-url', input };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'unsupported-scheme', input };
  }
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
