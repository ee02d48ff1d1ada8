/**
 * Incremental HAR scanner: fed text in chunks of any size, it hands out each `log.entries[i]` as
 * soon as its closing brace arrives and keeps only that entry and the small rest of the document
 * (the "skeleton": everything but the entries) in memory. That is what lets us read files larger
 * than V8's maximum string length. Outside the entries it checks JSON syntax itself so an error can
 * name its place; each entry's own text is checked by `JSON.parse`.
 */
import type { HarError } from './issues.ts';
import { ENTRY_DEPTH, MAX_NESTING, pathAt } from './nesting.ts';
import { createUtf8StreamDecoder } from './web-globals.ts';

export type HarChunk = string | Uint8Array;

export interface ScannedEntry {
  index: number;
  value: unknown;
}

type Frame =
  | { kind: 'object'; expect: 'key' | 'colon' | 'value' | 'comma'; key: string; afterComma: boolean }
  | { kind: 'array'; expect: 'value' | 'comma'; index: number; afterComma: boolean; holdsEntries: boolean };

/**
 * An entry being read, resumable across chunks. Earlier chunks' text is kept as pieces, never
 * appended to one growing string: with a 100 MB body, re-flattening that string on every chunk
 * cost gigabytes of garbage and quadratic time.
 */
interface Capture {
  pieces: string[];
  /** Where this entry's text not yet in `pieces` starts in the buffer. */
  from: number;
  /** Where scanning resumes in the buffer. */
  scanned: number;
  /** A bare number or word where an entry should be (JSON.parse and the entry check judge it). */
  literal: boolean;
  depth: number;
  /** Characters captured so far: an entry past MAX_ENTRY_CHARS is refused before it is joined and parsed. */
  chars: number;
  inString: boolean;
  /** The last chunk ended on a backslash inside a string: the next character is escaped. */
  escaped: boolean;
}

/** Past this much text outside `log.entries`, the document is not a HAR we can stream. */
const MAX_SKELETON_CHARS = 64 * 1024 * 1024;
/**
 * One entry's text is parsed as one string: past this it would need gigabytes (or exceed V8's longest
 * string, ~512 Mi characters) for what no browser saves as a single request.
 */
export const MAX_ENTRY_CHARS = 256 * 1024 * 1024;
const LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;
const LITERAL_CHAR = /[A-Za-z0-9+\-.]/;
const QUOTE = 34;
const BACKSLASH = 92;
/** Inside a string only these matter: the closing quote, or a backslash escaping the next character. */
const STRING_STOP = /["\\]/g;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** `JSON.parse` messages quote the offending text; keep only the part that says what is wrong. */
export function syntaxDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, ".*" is not valid JSON$/s, '');
}

export class HarScanner {
  readonly #decoder = createUtf8StreamDecoder();
  #buffer = '';
  /** Offset of `#buffer[0]` in the whole HAR text. */
  #base = 0;
  #pos = 0;
  readonly #stack: Frame[] = [];
  #started = false;
  #finished = false;
  #capture: Capture | undefined;
  /** Start of skeleton text not yet copied out of the buffer; undefined inside the entries array. */
  #skeletonFrom: number | undefined = 0;
  #skeleton: string[] = [];
  #skeletonLength = 0;
  #entries: ScannedEntry[] = [];
  #error: HarError | undefined;

  get error(): HarError | undefined {
    return this.#error;
  }

  push(chunk: HarChunk): void {
    if (this.#error) return;
    const text = typeof chunk === 'string' ? chunk : this.#decoder.decode(chunk, { stream: true });
    // A UTF-8 byte order mark (Windows tools write one) is not part of the JSON; the byte decoder drops it itself.
    const atStart = this.#base === 0 && this.#buffer === '';
    this.#buffer += atStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.#scan();
    this.#compact();
  }

  /** Ends the input. Returns the document without its entries, or sets `error`. */
  end(): unknown {
    if (this.#error) return undefined;
    // The trailing space ends a literal that closes the input, as any whitespace would.
    this.#buffer += `${this.#decoder.decode()} `;
    this.#scan();
    if (this.#error) return undefined;
    if (!this.#started) {
      this.#error = { code: 'empty', path: '$' };
      return undefined;
    }
    if (!this.#finished) {
      this.#error = {
        code: 'truncated',
        path: this.#path(),
        detail: `character ${this.#base + this.#buffer.length}`,
      };
      return undefined;
    }
    this.#flushSkeleton(this.#buffer.length);
    try {
      return JSON.parse(this.#skeleton.join(''));
    } catch (error) {
      this.#error = { code: 'not-json', path: '$', detail: syntaxDetail(error) };
      return undefined;
    }
  }

  /** Entries completed since the last call. */
  takeEntries(): ScannedEntry[] {
    const entries = this.#entries;
    this.#entries = [];
    return entries;
  }

  #fail(code: HarError['code'], detail: string): void {
    this.#error = { code, path: this.#path(), detail };
  }

  /** The path of where the scan is, naming at most `named` levels (a deep value is named by its field). */
  #path(named = Number.POSITIVE_INFINITY): string {
    let path = '';
    for (const frame of this.#stack.slice(0, named)) {
      if (frame.kind === 'array') path += `[${frame.index}]`;
      else if (frame.expect !== 'key' || frame.key !== '')
        path += /^[A-Za-z_$][\w$]*$/.test(frame.key) ? `.${frame.key}` : `[${JSON.stringify(frame.key)}]`;
    }
    return path === '' ? '$' : path.replace(/^\./, '');
  }

  #scan(): void {
    while (!this.#error) {
      if (this.#capture) {
        if (!this.#continueCapture(this.#capture)) return;
        continue;
      }
      const buffer = this.#buffer;
      while (this.#pos < buffer.length && isSpace(buffer.charCodeAt(this.#pos))) this.#pos += 1;
      if (this.#pos >= buffer.length) return;
      const char = buffer[this.#pos] as string;
      if (this.#finished) {
        this.#fail(
          'not-json',
          `unexpected ${JSON.stringify(char)} after the end of the document at character ${this.#base + this.#pos}`,
        );
        return;
      }
      if (!this.#step(char)) return;
    }
  }

  /** Consumes one token outside the entries. Returns false when more input is needed. */
  #step(char: string): boolean {
    const frame = this.#stack.at(-1);
    const at = `character ${this.#base + this.#pos}`;
    if (frame?.kind === 'object' && frame.expect !== 'value') {
      if (frame.expect === 'key') {
        if (char === '}' && !frame.afterComma) return this.#close();
        if (char !== '"') return this.#unexpected(char, at);
        const token = this.#readString();
        if (token === undefined) return false;
        frame.key = token;
        frame.expect = 'colon';
        return true;
      }
      if (frame.expect === 'colon') {
        if (char !== ':') return this.#unexpected(char, at);
        frame.expect = 'value';
        this.#pos += 1;
        return true;
      }
      if (char === ',') {
        frame.expect = 'key';
        frame.afterComma = true;
        this.#pos += 1;
        return true;
      }
      if (char === '}') return this.#close();
      return this.#unexpected(char, at);
    }
    if (frame?.kind === 'array') {
      if (frame.expect === 'comma') {
        if (char === ']') return this.#close();
        if (char !== ',') return this.#unexpected(char, at);
        frame.expect = 'value';
        frame.afterComma = true;
        frame.index += 1;
        this.#pos += 1;
        return true;
      }
      if (char === ']' && !frame.afterComma) return this.#close();
      if (frame.holdsEntries) {
        this.#capture = {
          pieces: [],
          from: this.#pos,
          scanned: this.#pos,
          literal: char !== '{' && char !== '[' && char !== '"',
          depth: 0,
          chars: 0,
          inString: false,
          escaped: false,
        };
        return true;
      }
    }
    return this.#value(char, at);
  }

  #unexpected(char: string, at: string): boolean {
    this.#fail('not-json', `unexpected ${JSON.stringify(char)} at ${at}`);
    return true;
  }

  #value(char: string, at: string): boolean {
    this.#started = true;
    if (char === '{' || char === '[') {
      // Frames are counted before one more is pushed: nesting outside the entries is bounded too.
      if (this.#stack.length >= ENTRY_DEPTH + MAX_NESTING) {
        this.#error = { code: 'too-deep', path: this.#path(ENTRY_DEPTH + 1), detail: String(MAX_NESTING) };
        return true;
      }
      const holdsEntries = char === '[' && this.#isEntriesKey();
      if (holdsEntries) {
        this.#flushSkeleton(this.#pos + 1);
        this.#skeletonFrom = undefined;
      }
      this.#stack.push(
        char === '{'
          ? { kind: 'object', expect: 'key', key: '', afterComma: false }
          : { kind: 'array', expect: 'value', index: 0, afterComma: false, holdsEntries },
      );
      this.#pos += 1;
      return true;
    }
    if (char === '"') {
      if (this.#readString() === undefined) return false;
      return this.#valueDone();
    }
    if (!LITERAL_CHAR.test(char)) return this.#unexpected(char, at);
    let end = this.#pos;
    while (end < this.#buffer.length && LITERAL_CHAR.test(this.#buffer[end] as string)) end += 1;
    if (end === this.#buffer.length) return false;
    const literal = this.#buffer.slice(this.#pos, end);
    if (!LITERAL.test(literal)) {
      this.#fail('not-json', `${JSON.stringify(literal.slice(0, 20))} is not a JSON value (${at})`);
      return true;
    }
    this.#pos = end;
    return this.#valueDone();
  }

  /** True when the value about to start is `log.entries` of the root object. */
  #isEntriesKey(): boolean {
    // Checked before destructuring: copying the rest of the stack made deep nesting quadratic.
    if (this.#stack.length !== 2) return false;
    const [root, log] = this.#stack;
    return root?.kind === 'object' && root.key === 'log' && log?.kind === 'object' && log.key === 'entries';
  }

  #close(): boolean {
    const frame = this.#stack.pop();
    if (frame?.kind === 'array' && frame.holdsEntries) this.#skeletonFrom = this.#pos;
    this.#pos += 1;
    return this.#valueDone();
  }

  #valueDone(): boolean {
    const parent = this.#stack.at(-1);
    if (!parent) this.#finished = true;
    else {
      parent.expect = 'comma';
      parent.afterComma = false;
    }
    return true;
  }

  /** Reads a complete string token at `#pos`; undefined (position unchanged) when it is not complete yet. */
  #readString(): string | undefined {
    const end = this.#stringEnd(this.#pos + 1);
    if (end === undefined) return undefined;
    const token = this.#buffer.slice(this.#pos, end + 1);
    try {
      const text = JSON.parse(token) as string;
      this.#pos = end + 1;
      return text;
    } catch (error) {
      this.#fail('not-json', `${syntaxDetail(error)} in a string at character ${this.#base + this.#pos}`);
      this.#pos = end + 1;
      return '';
    }
  }

  /** Index of the quote closing a string whose text starts at `from`, or undefined if not in the buffer yet. */
  #stringEnd(from: number): number | undefined {
    const buffer = this.#buffer;
    let search = from;
    for (;;) {
      const quote = buffer.indexOf('"', search);
      if (quote < 0) return undefined;
      let backslashes = 0;
      while (buffer.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
      if (backslashes % 2 === 0) return quote;
      search = quote + 1;
    }
  }

  /** Scans the entry being captured; returns false when it needs more input. */
  #continueCapture(capture: Capture): boolean {
    const buffer = this.#buffer;
    let i = capture.scanned;
    if (capture.literal) {
      while (i < buffer.length && LITERAL_CHAR.test(buffer[i] as string)) i += 1;
      return i === buffer.length ? this.#awaitMore(capture) : this.#finishCapture(capture, i);
    }
    while (i < buffer.length) {
      if (capture.inString) {
        if (capture.escaped) {
          capture.escaped = false;
          i += 1;
          continue;
        }
        STRING_STOP.lastIndex = i;
        const stop = STRING_STOP.exec(buffer);
        if (stop === null) break;
        i = stop.index + 1;
        if (buffer.charCodeAt(stop.index) === BACKSLASH) {
          capture.escaped = true;
          continue;
        }
        capture.inString = false;
        if (capture.depth === 0) return this.#finishCapture(capture, i);
        continue;
      }
      const code = buffer.charCodeAt(i);
      if (code === QUOTE) capture.inString = true;
      else if (code === 123 || code === 91) {
        capture.depth += 1;
        if (capture.depth > MAX_NESTING + 1) return this.#refuseDeepEntry(capture, i);
      } else if (code === 125 || code === 93) {
        capture.depth -= 1;
        if (capture.depth === 0) return this.#finishCapture(capture, i + 1);
      }
      i += 1;
    }
    return this.#awaitMore(capture);
  }

  #entryIndex(): number {
    const frame = this.#stack.at(-1);
    return frame?.kind === 'array' ? frame.index : 0;
  }

  /** Refused before JSON.parse would build the whole deep tree; the path names the field it hangs from. */
  #refuseDeepEntry(capture: Capture, at: number): boolean {
    const text = capture.pieces.join('') + this.#buffer.slice(capture.from, at + 1);
    const path = pathAt(text, text.length - 1, `log.entries[${this.#entryIndex()}]`, 2);
    this.#error = { code: 'too-deep', path, detail: String(MAX_NESTING) };
    this.#capture = undefined;
    return true;
  }

  /** Moves the captured text out of the buffer so the buffer never holds more than a chunk of it. */
  #awaitMore(capture: Capture): boolean {
    const end = this.#buffer.length;
    capture.chars += end - capture.from;
    if (capture.chars > MAX_ENTRY_CHARS) {
      this.#error = {
        code: 'too-large',
        path: `log.entries[${this.#entryIndex()}]`,
        detail: `${MAX_ENTRY_CHARS / (1024 * 1024)} MiB`,
      };
      this.#capture = undefined;
      return false;
    }
    if (end > capture.from) capture.pieces.push(this.#buffer.slice(capture.from, end));
    capture.from = end;
    capture.scanned = end;
    this.#pos = end;
    return false;
  }

  #finishCapture(capture: Capture, end: number): boolean {
    this.#capture = undefined;
    const index = this.#entryIndex();
    const rest = this.#buffer.slice(capture.from, end);
    const text = capture.pieces.length === 0 ? rest : capture.pieces.join('') + rest;
    capture.pieces = [];
    try {
      this.#entries.push({ index, value: JSON.parse(text) });
    } catch (error) {
      this.#fail('not-json', syntaxDetail(error));
      return true;
    }
    this.#pos = end;
    return this.#valueDone();
  }

  #flushSkeleton(upTo: number): void {
    if (this.#skeletonFrom === undefined || upTo <= this.#skeletonFrom) return;
    const text = this.#buffer.slice(this.#skeletonFrom, upTo);
    this.#skeleton.push(text);
    this.#skeletonLength += text.length;
    this.#skeletonFrom = upTo;
    if (this.#skeletonLength > MAX_SKELETON_CHARS) {
      this.#fail('not-har', `more than ${MAX_SKELETON_CHARS} characters outside log.entries`);
    }
  }

  /** Drops the text already consumed, keeping an entry being captured and an unfinished token. */
  #compact(): void {
    if (this.#error) return;
    this.#flushSkeleton(this.#pos);
    const keep = Math.min(this.#pos, this.#capture?.from ?? this.#pos);
    if (keep === 0) return;
    this.#buffer = this.#buffer.slice(keep);
    this.#base += keep;
    this.#pos -= keep;
    if (this.#skeletonFrom !== undefined) this.#skeletonFrom -= keep;
    if (this.#capture) {
      this.#capture.from -= keep;
      this.#capture.scanned -= keep;
    }
  }
}
