import type { Translate } from '../../core/index.ts';
import { rowCells, topCause } from './row-cells.ts';
import type { RequestRecord } from './types.ts';

/**
 * The toolbar filter, Network-panel style: words match the text the row shows (in the reader's language, so a
 * Spanish cause title is found by its Spanish words), `/regex/` matches it too, and a few `key:value` tokens
 * match one property: `status:403` (or `status:4xx`), `cause:<id>`, `host:<part>` (`*` is a wildcard).
 * `-` before any of them excludes instead. Every term must hold.
 */
export interface FilterTerm {
  negated: boolean;
  test(record: RequestRecord, t: Translate): boolean;
}

const KEYS = ['status', 'cause', 'host'] as const;
type Key = (typeof KEYS)[number];

function isKey(name: string): name is Key {
  return (KEYS as readonly string[]).includes(name);
}

/** `*` stands for any run of characters; everything else is literal. */
function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(escaped, 'i');
}

/** The text a row shows, plus its full URL (the URL cell's tooltip): what words and regexes search. */
function searchableText(record: RequestRecord, t: Translate): string {
  const cells = rowCells(record, t);
  return [
    cells.status,
    cells.method,
    cells.path,
    cells.host,
    cells.errorType,
    cells.cause,
    cells.confidence,
    cells.url,
  ].join('\n');
}

function keyTest(key: Key, value: string): FilterTerm['test'] {
  const needle = value.toLowerCase();
  switch (key) {
    case 'status': {
      // `4xx` / `40x`: x is any digit.
      const pattern = new RegExp(`^${needle.replace(/[^0-9x]/g, '').replace(/x/g, '\\d')}$`);
      return (record) => pattern.test(String(record.exchange.status));
    }
    case 'cause':
      return (record) => (topCause(record)?.id ?? '').includes(needle);
    case 'host': {
      const pattern = wildcard(needle);
      return (record) => pattern.test(record.exchange.host);
    }
  }
}

function regexTerm(source: string): FilterTerm['test'] | undefined {
  try {
    // Multiline: `^` and `$` anchor at each cell, the way the text reads on screen.
    const pattern = new RegExp(source, 'im');
    return (record, t) => pattern.test(searchableText(record, t));
  } catch {
    return undefined;
  }
}

function textTest(word: string): FilterTerm['test'] {
  const needle = word.toLocaleLowerCase();
  return (record, t) => searchableText(record, t).toLocaleLowerCase().includes(needle);
}

function parseTerm(raw: string): FilterTerm | undefined {
  const negated = raw.length > 1 && raw.startsWith('-');
  const body = negated ? raw.slice(1) : raw;
  const regex = /^\/(.+)\/$/.exec(body);
  if (regex?.[1]) {
    const test = regexTerm(regex[1]);
    // An invalid regex is searched for as the text typed, so a half-typed one filters nothing away by surprise.
    return { negated, test: test ?? textTest(body) };
  }
  const colon = body.indexOf(':');
  const key = body.slice(0, colon).toLowerCase();
  const value = body.slice(colon + 1);
  // `http://…` and other text with a colon are words, not tokens; `status:` with nothing after is still typing.
  if (colon > 0 && isKey(key)) return value === '' ? undefined : { negated, test: keyTest(key, value) };
  return { negated, test: textTest(body) };
}

export function parseFilter(text: string): FilterTerm[] {
  return text
    .split(/\s+/)
    .filter((raw) => raw !== '')
    .map(parseTerm)
    .filter((term): term is FilterTerm => term !== undefined);
}

export function matchesFilter(record: RequestRecord, terms: FilterTerm[], t: Translate): boolean {
  return terms.every((term) => term.test(record, t) !== term.negated);
}
