/**
 * HAR text that diffs well line by line (after Playwright's harRecorder): two-space indentation,
 * but each header, cookie, query parameter, form parameter and the timings on one line, so a
 * changed header is a one-line diff and a file is not thousands of lines of braces.
 */

/** Arrays whose items are written one per line. */
const ONE_LINE_ITEMS = new Set(['headers', 'cookies', 'queryString', 'params']);
/** Objects written on one line wherever they appear. */
const ONE_LINE_OBJECTS = new Set(['timings', 'pageTimings']);

/** Field names repeat in every entry: each is quoted once (a bound keeps hostile files from growing it). */
const quotedNames = new Map<string, string>();
const MAX_QUOTED_NAMES = 1000;

function quotedName(name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = JSON.stringify(name);
    if (quotedNames.size < MAX_QUOTED_NAMES) quotedNames.set(name, quoted);
  }
  return quoted;
}

// Built by appending to one string, not by arrays of lines joined: a big file has millions of fields.
function write(value: unknown, key: string | undefined, indent: string, inline: boolean): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (inline) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const itemsInline = key !== undefined && ONE_LINE_ITEMS.has(key);
    let out = '[\n';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',\n';
      out += inner + write(value[i], undefined, inner, itemsInline);
    }
    return `${out}\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '';
  for (const name in record) {
    const field = record[name];
    if (field === undefined || !Object.hasOwn(record, name)) continue;
    out += `${out === '' ? '{\n' : ',\n'}${inner}${quotedName(name)}: ${write(field, name, inner, ONE_LINE_OBJECTS.has(name))}`;
  }
  return out === '' ? '{}' : `${out}\n${indent}}`;
}

/** Serializes a HAR (or any JSON value) in the line-diffable layout, with a final newline. */
export function writeHar(har: unknown): string {
  return `${write(har, undefined, '', false)}\n`;
}

/**
 * The same text as `writeHar({log: {...head, entries, ...tail}})`, produced piece by piece so an
 * annotated or redacted copy of a huge file never exists as one string.
 */
export class HarTextWriter {
  #entries = 0;

  /** `{"log": {` with the head fields, up to the opening of `entries`. */
  start(head: Record<string, unknown>): string {
    const fields = Object.entries(head)
      .filter(([name, value]) => value !== undefined && name !== 'entries')
      .map(
        ([name, value]) =>
          `    ${JSON.stringify(name)}: ${write(value, name, '    ', ONE_LINE_OBJECTS.has(name))},\n`,
      );
    return `{\n  "log": {\n${fields.join('')}    "entries": [`;
  }

  entry(entry: unknown): string {
    const separator = this.#entries === 0 ? '\n' : ',\n';
    this.#entries += 1;
    return `${separator}      ${write(entry, undefined, '      ', false)}`;
  }

  /** Closes `entries`, adds the fields that come after it, closes the HAR text. */
  end(tail: Record<string, unknown>): string {
    const fields = Object.entries(tail)
      .filter(([, value]) => value !== undefined)
      .map(
        ([name, value]) =>
          `,\n    ${JSON.stringify(name)}: ${write(value, name, '    ', ONE_LINE_OBJECTS.has(name))}`,
      );
    return `${this.#entries === 0 ? ']' : '\n    ]'}${fields.join('')}\n  }\n}\n`;
  }
}
