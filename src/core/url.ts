export interface UrlParts {
  scheme: string;
  host: string;
  port?: number;
  /** Raw (still percent-encoded) path, `/` when empty. */
  path: string;
  /** Raw query string without the `?`, empty when none. */
  rawQuery: string;
  query: Array<{ name: string; value: string }>;
}

// Parsed by hand: core compiles without the DOM/Node `URL` class.
const URL_PATTERN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parseQuery(rawQuery: string): Array<{ name: string; value: string }> {
  if (rawQuery === '') return [];
  return rawQuery.split('&').map((pair) => {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    const value = equals < 0 ? '' : pair.slice(equals + 1);
    return { name: decodeComponent(name), value: decodeComponent(value) };
  });
}

/** Splits an absolute URL; a URL it cannot read yields host '' and the whole text as path. */
export function parseUrl(url: string): UrlParts {
  const match = URL_PATTERN.exec(url.trim());
  if (!match) return { scheme: '', host: '', path: url, rawQuery: '', query: [] };
  const [, scheme = '', authority = '', path = '', rawQuery = ''] = match;
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const portMatch = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(hostPort);
  const host = (portMatch?.[1] ?? hostPort).toLowerCase();
  const port = portMatch?.[2] ? Number(portMatch[2]) : undefined;
  return {
    scheme: scheme.toLowerCase(),
    host,
    ...(port === undefined ? {} : { port }),
    path: path === '' ? '/' : path,
    rawQuery,
    query: parseQuery(rawQuery),
  };
}
