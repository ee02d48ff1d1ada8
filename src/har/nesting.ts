/**
 * Nesting measured on the JSON text, before anything is parsed: `JSON.parse` of an array nested
 * eighty million deep allocates gigabytes (V8 aborts, exit 134) before any check of the tree could
 * run. Both readers call this first; check.ts still checks the (then shallow enough) parsed tree.
 */

/**
 * No exporter nests a HAR this deep (Chromium's `_initiator` stacks stay far below). Deeper values would
 * overflow every recursive step downstream (JSON.stringify in redaction and the writer, structured clone).
 */
export const MAX_NESTING = 1000;
/** How deep an entry's own object sits in a HAR: the root, `log`, `log.entries`, the entry. */
export const ENTRY_DEPTH = 4;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const OPEN_ARRAY = 91;
const CLOSE_OBJECT = 125;
const CLOSE_ARRAY = 93;

/** Index of the quote closing the string whose text starts at `from`, or -1 when the text ends first. */
export function stringEnd(text: string, from: number): number {
  let search = from;
  for (;;) {
    const quote = text.indexOf('"', search);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    search = quote + 1;
  }
}

/**
 * Where `text` first opens a container more than `limit` levels deep (counting from its start), or
 * -1. One pass, nothing allocated: strings are skipped with indexOf, so it costs little on any HAR.
 * Syntax is not checked here; the parser that runs next does that.
 */
export function depthExceededAt(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = stringEnd(text, i + 1);
      if (i < 0) return -1;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth += 1;
      if (depth > limit) return i;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth -= 1;
  }
  return -1;
}

type Frame = { kind: 'object'; key: string; expectKey: boolean } | { kind: 'array'; index: number };

/**
 * The JSON path of the container opened at `at` (from depthExceededAt), naming only its first `named`
 * levels below `rootPath`: the field the deep value hangs from, not a path thousands of steps long.
 * Runs only on a refused input; keeps `named` frames' keys plus one counter per level.
 */
export function pathAt(text: string, at: number, rootPath: string, named: number): string {
  const frames: Frame[] = [];
  let depth = 0;
  for (let i = 0; i < at; i += 1) {
    const code = text.charCodeAt(i);
    const top = depth <= named ? frames[depth - 1] : undefined;
    if (code === QUOTE) {
      const end = stringEnd(text, i + 1);
      if (top?.kind === 'object' && top.expectKey) {
        top.key = text.slice(i + 1, end);
        top.expectKey = false;
      }
      i = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth += 1;
      if (depth <= named)
        frames[depth - 1] =
          code === OPEN_OBJECT ? { kind: 'object', key: '', expectKey: true } : { kind: 'array', index: 0 };
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth -= 1;
    else if (code === 44 && top) {
      if (top.kind === 'array') top.index += 1;
      else top.expectKey = true;
    }
  }
  let steps = '';
  for (const frame of frames.slice(0, Math.min(depth, named))) {
    if (frame.kind === 'array') steps += `[${frame.index}]`;
    else steps += /^[A-Za-z_$][\w$]*$/.test(frame.key) ? `.${frame.key}` : `[${JSON.stringify(frame.key)}]`;
  }
  // Written as the scanner writes paths: `log.entries[0]`, `[0][1]`, `$` for the document itself.
  if (rootPath !== '$') return rootPath + steps;
  return steps === '' ? '$' : steps.replace(/^\./, '');
}
