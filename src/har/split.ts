/**
 * One scan of a HAR held in memory that finds where each `log.entries[i]` starts and ends, so each
 * entry is `JSON.parse`d on its own: the whole tree (and the garbage collection it drives) never
 * exists, and the same scan measures nesting before anything is parsed (it replaces the separate
 * depth pre-scan of readHarText on this path).
 * It handles the plain shape every exporter writes. Anything else — a syntax error, nesting too deep,
 * an escaped or repeated `log`/`entries` key, an entry that is not an object — ends the split with
 * `undefined`, and the caller hands the text to readHarText, which refuses or accepts it with the
 * exact error and path it always gave.
 */
import { ENTRY_DEPTH, MAX_NESTING, stringEnd } from './nesting.ts';

export interface EntrySpan {
  /** Offset of the entry's `{`. */
  start: number;
  /** Offset just past its `}`. */
  end: number;
}

const QUOTE = 34;
const COLON = 58;
const COMMA = 44;
const OPEN_OBJECT = 123;
const OPEN_ARRAY = 91;
const CLOSE_OBJECT = 125;
const CLOSE_ARRAY = 93;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Offset just past the entry opened at `start`, or -1 when it is unterminated or nested too deep. */
function entryEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i + 1);
      if (i < 0) return -1;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth += 1;
      // The entry itself is one level; MAX_NESTING more below it are allowed (as check.ts counts).
      if (depth > MAX_NESTING + 1) return -1;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Yields each entry's span in file order; returns the document without its entries (`"entries":[]`)
 * for `JSON.parse`, or `undefined` when the text is not the plain shape (see above).
 */
export function* entrySpans(text: string): Generator<EntrySpan, string | undefined> {
  const keys: string[] = [];
  const kinds: number[] = [];
  let depth = 0;
  let lastString = '';
  let entriesOpen = -1;
  let entriesClose = -1;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i + 1);
      if (end < 0) return undefined;
      // Only the keys of the first two levels matter (`log`, `entries`): no other string is copied.
      if (depth <= 2) lastString = text.slice(i + 1, end);
      i = end;
    } else if (code === COLON) {
      if (depth <= 2) {
        keys[depth] = lastString;
        // A second `log` or `entries` would make JSON.parse keep the last one; the slow path knows that.
        const again = depth === 1 ? lastString === 'log' : keys[1] === 'log' && lastString === 'entries';
        if (entriesOpen >= 0 && again) return undefined;
      }
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth += 1;
      if (depth > ENTRY_DEPTH + MAX_NESTING) return undefined;
      if (depth <= 3) kinds[depth] = code;
      if (
        depth === 3 &&
        code === OPEN_ARRAY &&
        entriesOpen < 0 &&
        kinds[1] === OPEN_OBJECT &&
        kinds[2] === OPEN_OBJECT &&
        keys[1] === 'log' &&
        keys[2] === 'entries'
      ) {
        entriesOpen = i;
        let at = i + 1;
        let expectEntry = false;
        for (;;) {
          while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
          const next = text.charCodeAt(at);
          if (next === CLOSE_ARRAY && !expectEntry) break;
          if (next !== OPEN_OBJECT) return undefined;
          const end = entryEnd(text, at);
          if (end < 0) return undefined;
          yield { start: at, end };
          at = end;
          while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
          if (text.charCodeAt(at) === COMMA) {
            at += 1;
            expectEntry = true;
          } else if (text.charCodeAt(at) === CLOSE_ARRAY) break;
          else return undefined;
        }
        entriesClose = at;
        depth -= 1;
        i = at;
      }
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth -= 1;
  }
  if (entriesOpen < 0) return undefined;
  return text.slice(0, entriesOpen + 1) + text.slice(entriesClose);
}
