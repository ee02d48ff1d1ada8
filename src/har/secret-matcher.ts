/**
 * Finds every known secret in a text in one left-to-right pass (Aho–Corasick), whatever the
 * encoding it sits in. The text is read through a decoding view — `%XX` (either case, UTF-8),
 * JSON's `\uXXXX` (either case) and `\/`, `\"`, `\\` — so one pattern per secret finds it raw,
 * URL-encoded, JSON-escaped or any mix; `+` and space count as the same character (form encoding).
 * Double encodings and base64 get patterns of their own (see `encodedForms`). No regular
 * expression runs on the text, so time is linear in its length whatever the secrets are.
 */
import { encodeBase64Bytes, encodeUtf8 } from './web-globals.ts';

/** One secret to find. */
export interface MatcherSecret {
  /** What replaces it. */
  placeholder: string;
  /** Forms to search for (as produced by `encodedForms`). */
  forms: string[];
  /** Base64 fragments (`base64Fragments`): they sit inside longer base64 text, so never whole tokens. */
  fragments: string[];
  /** A word-like cookie value (`lang=en`): replaced in cookie places only, never searched elsewhere. */
  cookieOnly: boolean;
  /**
   * Short secrets match only as a whole token (not inside a longer run of letters and digits),
   * so a 5-character value does not eat the middle of a word the diagnosis reads.
   */
  wholeToken: boolean;
}

const PLUS = 43;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function hexByte(text: string, i: number): number {
  if (i + 2 >= text.length || text.charCodeAt(i) !== 37) return -1;
  const high = hexValue(text.charCodeAt(i + 1));
  const low = hexValue(text.charCodeAt(i + 2));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

const JSON_SIMPLE_ESCAPES: Record<number, number> = {
  34: 34,
  92: 92,
  47: 47,
  98: 8,
  102: 12,
  110: 10,
  114: 13,
  116: 9,
};

/**
 * The decoded starting at `i` (where `text` has `%` or a backslash), as `consumed << 16 | code unit`,
 * or 0 when it is no decoded. `%XX` (either case; 2- and 3-byte UTF-8 sequences too), `\uXXXX`,
 * and JSON's one-letter escapes. A 4-byte UTF-8 sequence stays as it is: the URL-encoded form of a
 * secret is a pattern of its own, so it is found undecoded.
 */
function escapeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 37) {
    const byte = hexByte(text, i);
    if (byte < 0) return 0;
    if (byte < 0x80) return (3 << 16) | byte;
    if (byte < 0xc2 || byte > 0xef) return 0;
    const more = byte >= 0xe0 ? 2 : 1;
    let point = byte & (more === 2 ? 0x0f : 0x1f);
    for (let k = 1; k <= more; k += 1) {
      const next = hexByte(text, i + 3 * k);
      if (next < 0x80 || next > 0xbf) return 0;
      point = point * 64 + (next & 0x3f);
    }
    return ((3 * (more + 1)) << 16) | point;
  }
  if (c !== 92 || i + 1 >= text.length) return 0;
  const next = text.charCodeAt(i + 1);
  if (next === 117 && i + 5 < text.length) {
    const a = hexValue(text.charCodeAt(i + 2));
    const b = hexValue(text.charCodeAt(i + 3));
    const d = hexValue(text.charCodeAt(i + 4));
    const e = hexValue(text.charCodeAt(i + 5));
    return a < 0 || b < 0 || d < 0 || e < 0 ? 0 : (6 << 16) | (((a * 16 + b) * 16 + d) * 16 + e);
  }
  const simple = JSON_SIMPLE_ESCAPES[next];
  return simple === undefined ? 0 : (2 << 16) | simple;
}

/** `text` as the matcher reads it: every decoded decoded once. */
export function decodeEscapes(text: string): string {
  if (!text.includes('%') && !text.includes('\\')) return text;
  const units: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const decoded = c === 37 || c === 92 ? escapeAt(text, i) : 0;
    units.push(decoded === 0 ? c : decoded & 0xffff);
    i += decoded === 0 ? 1 : decoded >>> 16;
    if (units.length === 0x4000) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

/** Shorter base64 fragments would turn up by chance in large binary bodies. */
const MIN_BASE64_FRAGMENT = 8;

/**
 * The base64 and base64url characters that depend on `secret` alone, at each of the three byte
 * alignments it can have inside a longer base64 text.
 */
export function base64Fragments(secret: string): string[] {
  const bytes = encodeUtf8(secret);
  const out = new Set<string>();
  for (const offset of [0, 1, 2]) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const full = encodeBase64Bytes(padded);
    const fragment = full.slice(Math.ceil((offset * 4) / 3), Math.floor(((offset + bytes.length) * 4) / 3));
    if (fragment.length < MIN_BASE64_FRAGMENT) continue;
    out.add(fragment);
    out.add(fragment.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return [...out];
}

/**
 * What to search for so that `secret` is found in every encoding it can take: itself (read raw
 * or through the decoding view), and its URL-encoded and JSON-escaped forms, which is what the
 * view shows of a secret encoded twice.
 */
export function encodedForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = new Set([secret, decodeEscapes(secret), encodeURIComponent(secret), json]);
  return [...forms].filter((form) => form.length > 0);
}

/** A character that joins a token: a short secret next to one is part of a longer word, not itself. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Nodes with more children than this get a dense row for ASCII. */
const DENSE_FROM = 6;

interface Payload {
  secret: number;
  wholeToken: boolean;
  cookieOnly: boolean;
}

/** Calls back with the longest acceptable match ending at a position; returning true stops the scan. */
type OnMatch = (start: number, end: number, payload: Payload) => boolean | undefined;

class Automaton {
  readonly #rootRow = new Int32Array(65536);
  readonly #fail: Int32Array;
  readonly #depth: Int32Array;
  /** Pattern ending at this node (index into `payloads`), or -1. */
  readonly #out: Int32Array;
  /** The nearest node on the failure chain with an `#out`, or -1. */
  readonly #dict: Int32Array;
  /** The first node to report from (the node itself or its `#dict`), or -1: one load per character. */
  readonly #report: Int32Array;
  readonly #edgeStart: Int32Array;
  readonly #edgeCount: Int32Array;
  readonly #edgeChars: Uint16Array;
  readonly #edgeTargets: Int32Array;
  readonly #denseIndex: Int32Array;
  readonly #dense: Int32Array;
  /** Where each of the last characters read started, and what it was (ring as long as the longest pattern). */
  readonly #ringStart: Int32Array;
  readonly #ringCode: Uint16Array;
  readonly payloads: Payload[] = [];

  constructor(patterns: Array<{ text: string } & Payload>) {
    // The trie, as first-child/next-sibling lists (the root's children in #rootRow).
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const charOf: number[] = [0];
    const depth: number[] = [0];
    const out: number[] = [-1];
    for (const pattern of patterns) {
      let node = 0;
      for (let i = 0; i < pattern.text.length; i += 1) {
        let c = pattern.text.charCodeAt(i);
        if (c === 32) c = PLUS;
        let next = -1;
        if (node === 0) next = this.#rootRow[c] || -1;
        else
          for (let child = firstChild[node] ?? -1; child >= 0; child = nextSibling[child] ?? -1)
            if (charOf[child] === c) {
              next = child;
              break;
            }
        if (next < 0) {
          next = firstChild.length;
          firstChild.push(-1);
          nextSibling.push(firstChild[node] ?? -1);
          firstChild[node] = next;
          charOf.push(c);
          depth.push((depth[node] ?? 0) + 1);
          out.push(-1);
          if (node === 0) this.#rootRow[c] = next;
        }
        node = next;
      }
      if (node !== 0 && (out[node] ?? -1) < 0) {
        out[node] = this.payloads.length;
        this.payloads.push({
          secret: pattern.secret,
          wholeToken: pattern.wholeToken,
          cookieOnly: pattern.cookieOnly,
        });
      }
    }
    const size = firstChild.length;
    let ring = 2;
    // Room for the longest pattern and the three characters before it (`wholeTokenStart`).
    for (const length of depth) while (ring < length + 4) ring *= 2;
    this.#ringStart = new Int32Array(ring);
    this.#ringCode = new Uint16Array(ring);
    this.#depth = Int32Array.from(depth);
    this.#out = Int32Array.from(out);
    this.#fail = new Int32Array(size);
    this.#dict = new Int32Array(size).fill(-1);
    this.#report = new Int32Array(size).fill(-1);
    // Flat, per-node contiguous edges; dense rows for busy nodes.
    this.#edgeStart = new Int32Array(size);
    this.#edgeCount = new Int32Array(size);
    this.#edgeChars = new Uint16Array(Math.max(0, size - 1));
    this.#edgeTargets = new Int32Array(Math.max(0, size - 1));
    this.#denseIndex = new Int32Array(size).fill(-1);
    let edges = 0;
    let denseRows = 0;
    for (let node = 0; node < size; node += 1) {
      this.#edgeStart[node] = edges;
      let count = 0;
      for (let child = firstChild[node] ?? -1; child >= 0; child = nextSibling[child] ?? -1) {
        this.#edgeChars[edges] = charOf[child] ?? 0;
        this.#edgeTargets[edges] = child;
        edges += 1;
        count += 1;
      }
      this.#edgeCount[node] = count;
      // Dense, complete rows (every ASCII character has a transition) for the root's children, where
      // the scan spends most of its time, and for busy nodes.
      if (node !== 0 && (count > DENSE_FROM || depth[node] === 1)) {
        this.#denseIndex[node] = denseRows;
        denseRows += 1;
      }
    }
    this.#dense = new Int32Array(denseRows * 128).fill(-1);
    for (let node = 1; node < size; node += 1) {
      const row = this.#denseIndex[node] ?? -1;
      if (row < 0) continue;
      const from = this.#edgeStart[node] ?? 0;
      for (let e = from; e < from + (this.#edgeCount[node] ?? 0); e += 1) {
        const c = this.#edgeChars[e] ?? 0;
        if (c < 128) this.#dense[row * 128 + c] = this.#edgeTargets[e] ?? -1;
      }
    }
    // Failure and dictionary links, breadth first.
    const queue = new Int32Array(size);
    let head = 0;
    let tail = 0;
    const rootFrom = this.#edgeStart[0] ?? 0;
    for (let e = rootFrom; e < rootFrom + (this.#edgeCount[0] ?? 0); e += 1)
      queue[tail++] = this.#edgeTargets[e] ?? 0;
    while (head < tail) {
      const node = queue[head++] ?? 0;
      this.#report[node] = (this.#out[node] ?? -1) >= 0 ? node : (this.#dict[node] ?? -1);
      // Breadth first, so the failure target (shallower) has its transitions already.
      const row = this.#denseIndex[node] ?? -1;
      if (row >= 0)
        for (let c = 0; c < 128; c += 1)
          if ((this.#dense[row * 128 + c] ?? -1) < 0)
            this.#dense[row * 128 + c] = this.#step(this.#fail[node] ?? 0, c);
      const from = this.#edgeStart[node] ?? 0;
      for (let e = from; e < from + (this.#edgeCount[node] ?? 0); e += 1) {
        const child = this.#edgeTargets[e] ?? 0;
        const fail = this.#step(this.#fail[node] ?? 0, this.#edgeChars[e] ?? 0);
        this.#fail[child] = fail;
        this.#dict[child] = (this.#out[fail] ?? -1) >= 0 ? fail : (this.#dict[fail] ?? -1);
        queue[tail++] = child;
      }
    }
  }

  /** The transition from `state` on `c` (used to build the failure links; `scan` inlines it). */
  #step(state: number, c: number): number {
    let node = state;
    for (;;) {
      if (node === 0) return this.#rootRow[c] ?? 0;
      let next = -1;
      const row = this.#denseIndex[node] ?? -1;
      if (row >= 0 && c < 128) {
        next = this.#dense[row * 128 + c] ?? -1;
        // A complete row (its node already linked) answers for the whole failure chain.
        if (next >= 0) return next;
      } else {
        const from = this.#edgeStart[node] ?? 0;
        const to = from + (this.#edgeCount[node] ?? 0);
        for (let e = from; e < to; e += 1)
          if (this.#edgeChars[e] === c) {
            next = this.#edgeTargets[e] ?? -1;
            break;
          }
      }
      if (next > 0) return next;
      node = this.#fail[node] ?? 0;
    }
  }

  /**
   * One pass over `text`, escapes decoded as they come: for each position, the longest match
   * ending there that is acceptable (a whole token when it must be; cookie-only secrets in cookie
   * places only), reported with its span in `text`. The last characters read are kept in a ring as
   * long as the longest pattern, for a match's start; nothing else is allocated.
   */
  scan(text: string, cookiePlace: boolean, onMatch: OnMatch): void {
    const root = this.#rootRow;
    const denseIndex = this.#denseIndex;
    const dense = this.#dense;
    const edgeStart = this.#edgeStart;
    const edgeCount = this.#edgeCount;
    const edgeChars = this.#edgeChars;
    const edgeTargets = this.#edgeTargets;
    const fail = this.#fail;
    const report = this.#report;
    const ringStart = this.#ringStart;
    const ringCode = this.#ringCode;
    const mask = ringStart.length - 1;
    const n = text.length;
    let state = 0;
    let read = 0;
    let at = 0;
    while (at < n) {
      let c = text.charCodeAt(at);
      let used = 1;
      if (c === 37 || c === 92) {
        const decoded = escapeAt(text, at);
        if (decoded !== 0) {
          c = decoded & 0xffff;
          used = decoded >>> 16;
        }
      }
      ringStart[read & mask] = at;
      ringCode[read & mask] = c;
      const key = c === 32 ? PLUS : c;
      let node = state;
      for (;;) {
        if (node === 0) {
          node = root[key] ?? 0;
          break;
        }
        let next = -1;
        const row = denseIndex[node] ?? -1;
        if (row >= 0 && key < 128) {
          // Dense rows are complete: this is the transition, the root (0) included.
          node = dense[row * 128 + key] ?? 0;
          break;
        } else {
          const to = (edgeStart[node] ?? 0) + (edgeCount[node] ?? 0);
          for (let e = edgeStart[node] ?? 0; e < to; e += 1)
            if (edgeChars[e] === key) {
              next = edgeTargets[e] ?? -1;
              break;
            }
        }
        if (next > 0) {
          node = next;
          break;
        }
        node = fail[node] ?? 0;
      }
      state = node;
      at += used;
      read += 1;
      let hit = report[state] ?? -1;
      while (hit > 0) {
        const payload = this.payloads[this.#out[hit] ?? -1];
        const start = read - (this.#depth[hit] ?? 0);
        if (
          payload &&
          (cookiePlace || !payload.cookieOnly) &&
          (!payload.wholeToken || (wholeTokenStart(ringCode, mask, start) && !isWordCode(peek(text, at))))
        ) {
          if (onMatch(ringStart[start & mask] ?? 0, at, payload)) return;
          break;
        }
        hit = this.#dict[hit] ?? -1;
      }
    }
  }
}

/**
 * Whether a match starting at `start` (a count of characters read) begins a token: nothing before it, or no
 * letter or digit, or an escape still encoded (`%3D` of a value encoded twice, read once as `%3D` and not `=`).
 */
function wholeTokenStart(ringCode: Uint16Array, mask: number, start: number): boolean {
  if (start === 0) return true;
  const before = ringCode[(start - 1) & mask] ?? 0;
  if (!isWordCode(before)) return true;
  return (
    start >= 3 &&
    ringCode[(start - 3) & mask] === 37 &&
    hexValue(ringCode[(start - 2) & mask] ?? 0) >= 0 &&
    hexValue(before) >= 0
  );
}

/** The character the matcher reads at `at` (an decoded decoded), or a space at the end. */
function peek(text: string, at: number): number {
  if (at >= text.length) return 32;
  const c = text.charCodeAt(at);
  if (c !== 37 && c !== 92) return c;
  const decoded = escapeAt(text, at);
  return decoded === 0 ? c : decoded & 0xffff;
}

/** Where a placeholder starts and ends, so the verification pass does not read one as a leak. */
const PLACEHOLDER = /REDACTED-\d+(?:-len\d+(?:-[A-Za-z0-9_-]{4})?)?/g;

function insidePlaceholder(text: string, from: number, to: number): boolean {
  const windowStart = Math.max(0, from - 48);
  const window = text.slice(windowStart, Math.min(text.length, to + 48));
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(window); match; match = PLACEHOLDER.exec(window)) {
    const start = windowStart + match.index;
    if (start <= from && start + match[0].length >= to) return true;
  }
  return false;
}

/**
 * A bare JSON number of the written HAR (`"status": 403,`, `"send": 0.1`): numbers are not strings redaction
 * rewrites, so a numeric secret equal to one, or to a piece of one, is no leak. Inside a string the digits would
 * be quoted. The match is widened to the whole number first: a secret `0` found in `0.1` is part of that number.
 */
function isJsonNumber(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!isNumberCode(text.charCodeAt(i))) return false;
  let start = from;
  while (start > 0 && isNumberCode(text.charCodeAt(start - 1))) start -= 1;
  let end = to;
  while (end < text.length && isNumberCode(text.charCodeAt(end))) end += 1;
  let before = start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before -= 1;
  let after = end;
  while (after < text.length && text.charCodeAt(after) === 32) after += 1;
  const b = before < 0 ? 58 : text.charCodeAt(before);
  const a = after >= text.length ? 44 : text.charCodeAt(after);
  return (b === 58 || b === 44 || b === 91 || b === 10) && (a === 44 || a === 125 || a === 93 || a === 10);
}

/** Digits, sign, decimal point and exponent: the characters of a JSON number. */
function isNumberCode(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 43 || c === 101 || c === 69;
}

interface Span {
  start: number;
  end: number;
  placeholder: string;
}

export class SecretMatcher {
  readonly #automaton: Automaton;
  readonly #secrets: readonly MatcherSecret[];
  /** Which secrets were replaced at least once. */
  readonly replaced: Uint8Array;

  constructor(secrets: readonly MatcherSecret[]) {
    this.#secrets = secrets;
    this.replaced = new Uint8Array(secrets.length);
    const patterns: Array<{ text: string } & Payload> = [];
    secrets.forEach((secret, index) => {
      const { wholeToken, cookieOnly } = secret;
      for (const text of secret.forms) patterns.push({ text, secret: index, wholeToken, cookieOnly });
      for (const text of secret.fragments)
        patterns.push({ text, secret: index, wholeToken: false, cookieOnly });
    });
    this.#automaton = new Automaton(patterns);
  }

  /** `text` with every known secret, in any encoding, replaced by its placeholder. */
  replace(text: string, cookiePlace = false): string {
    if (text.length === 0) return text;
    const spans: Span[] = [];
    this.#automaton.scan(text, cookiePlace, (from, to, payload) => {
      const placeholder = this.#secrets[payload.secret]?.placeholder ?? '';
      this.replaced[payload.secret] = 1;
      // Keep spans disjoint: a match covering earlier ones replaces them; a partial overlap joins them.
      let last = spans[spans.length - 1];
      while (last && last.end > from && last.start >= from) {
        spans.pop();
        last = spans[spans.length - 1];
      }
      if (last && last.end > from) {
        last.end = to;
        if (!last.placeholder.endsWith(placeholder)) last.placeholder += placeholder;
      } else spans.push({ start: from, end: to, placeholder });
      return false;
    });
    if (spans.length === 0) return text;
    let out = '';
    let at = 0;
    for (const span of spans) {
      out += text.slice(at, span.start) + span.placeholder;
      at = span.end;
    }
    return out + text.slice(at);
  }

  /** The first known secret still readable in `text` (placeholders and cookie-only values aside). */
  firstLeak(text: string): { secret: number; index: number } | undefined {
    let leak: { secret: number; index: number } | undefined;
    this.#automaton.scan(text, false, (from, to, payload) => {
      if (insidePlaceholder(text, from, to) || isJsonNumber(text, from, to)) return false;
      leak = { secret: payload.secret, index: from };
      return true;
    });
    return leak;
  }
}
