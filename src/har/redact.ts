/**
 * Safe-by-default HAR export (DESIGN.md "Redaction"), in three steps:
 * 1. find: `SecretScanner` reports every secret of every entry (by where it is and by its shape);
 * 2. replace: one linear pass over every string of the file puts each secret's placeholder
 *    wherever the secret is, in any encoding (`SecretMatcher`) — headers, URLs, bodies, AWS
 *    messages that echo a token, `_` fields alike — so equal secrets keep equal placeholders and
 *    the diagnosis of the copy equals the original's;
 * 3. verify: `leftIn` re-reads the written text for every secret in every encoding; the export
 *    fails rather than write a file that still holds one.
 */
import { Placeholders, type RedactedItem } from './placeholders.ts';
import { base64Fragments, encodedForms, type MatcherSecret, SecretMatcher } from './secret-matcher.ts';
import { decodeBase64Body, type FoundSecret, SecretScanner } from './secret-scan.ts';
import type { Har, HarEntry } from './types.ts';
import { encodeBase64Text } from './web-globals.ts';

export interface RedactionSummary {
  /** Distinct secret values replaced in the whole file. */
  values: number;
  /** What was replaced, by kind and the name it was found under. */
  items: RedactedItem[];
}

export interface RedactionResult {
  har: Har;
  summary: RedactionSummary;
}

/** A redacted export still holds a secret it found: written, it would leak; the export stops instead. */
export class SecretLeftError extends Error {
  constructor(
    /** Where in the HAR (`log.entries[3]`, `log`). */
    readonly where: string,
    /** What it is (kind and name, never the value). */
    readonly what: string,
  ) {
    super(`${where}: a secret (${what}) is still readable after redaction`);
    this.name = 'SecretLeftError';
  }
}

/** Below this length a secret is replaced only as a whole token, so it cannot eat a word the diagnosis reads. */
const WHOLE_TOKEN_BELOW = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether a record is a cookie header (`{name: "Cookie", value}`): its `value` is a cookie place. */
function isCookieHeader(record: Record<string, unknown>): boolean {
  const named = typeof record.name === 'string' ? record.name.toLowerCase() : '';
  return named === 'cookie' || named === 'set-cookie' || named === 'set-cookie2';
}

/** Whether the strings under `key` are cookie places (word-like cookie values are replaced there only). */
function inCookies(cookiePlace: boolean, key: string, cookieHeader: boolean): boolean {
  return cookiePlace || key === 'cookies' || (key === 'value' && cookieHeader);
}

/**
 * Redacts a HAR one entry at a time, for files too big to hold: `note` every entry first (that
 * finds every secret, in file order), then `redactEntry` each. Placeholders are numbered in the
 * order secrets were first found, so the result equals `redactHar` on the whole file.
 */
export class HarRedactor {
  readonly #found = new Map<string, FoundSecret>();
  readonly #protected = new Set<string>();
  readonly #placeholders = new Placeholders();
  readonly #gone = new Set<string>();
  readonly #scanner = new SecretScanner({
    found: (secret) => {
      const known = this.#found.get(secret.secret);
      if (!known) this.#found.set(secret.secret, secret);
      else if ((known.guess && !secret.guess) || (known.cookieOnly && !secret.cookieOnly))
        this.#found.set(secret.secret, {
          ...known,
          guess: secret.guess ?? false,
          cookieOnly: secret.cookieOnly ?? false,
        });
    },
    protect: (value) => {
      if (value !== '') this.#protected.add(value);
    },
    foundInBase64: (base64) => this.#base64WithSecrets.add(base64),
  });
  /** Base64 texts that decode to text holding a secret: rewritten decoded, then encoded again. */
  readonly #base64WithSecrets = new Set<string>();
  #matcher: SecretMatcher | undefined;
  /** The secret each matcher index stands for. */
  #matcherSecrets: string[] = [];

  /** An entry of the file, or one as a capture holds it (the scanner reads any JSON value). */
  note(entry: object): void {
    this.#scanner.scan(entry);
    this.#stale();
  }

  #stale(): void {
    this.#collectGone();
    this.#matcher = undefined;
  }

  #collectGone(): void {
    const matcher = this.#matcher;
    if (!matcher) return;
    this.#matcherSecrets.forEach((secret, i) => {
      if (matcher.replaced[i]) this.#gone.add(secret);
    });
  }

  #build(): SecretMatcher {
    if (this.#matcher) return this.#matcher;
    const secrets: MatcherSecret[] = [];
    this.#matcherSecrets = [];
    for (const found of this.#found.values()) {
      // A guess (a `code` or `state` that looks like a token) never takes a value diagnosis reads.
      if (found.guess && this.#protected.has(found.secret)) continue;
      const placeholder = this.#placeholders.for(found.secret, found.kind, found.name, found.style);
      const cookieOnly = found.cookieOnly === true;
      secrets.push({
        placeholder,
        forms: encodedForms(found.secret),
        fragments: base64Fragments(found.secret),
        wholeToken: cookieOnly || found.secret.length < WHOLE_TOKEN_BELOW,
        cookieOnly,
      });
      this.#matcherSecrets.push(found.secret);
    }
    this.#matcher = new SecretMatcher(secrets);
    return this.#matcher;
  }

  /** A redacted copy of an entry that was noted. */
  redactEntry(entry: HarEntry): HarEntry {
    return this.#copy(entry, this.#build(), false) as HarEntry;
  }

  /**
   * Redacts an entry that was noted where it is: only the strings that held a secret are replaced,
   * nothing else is copied. For entries nobody else holds (an export's own parse of the file); its
   * `_apigw403` annotation shares parts with diagnoses still in use, so that one is replaced by a copy.
   */
  redactEntryInPlace(entry: HarEntry): HarEntry {
    const matcher = this.#build();
    const { _apigw403: annotation } = entry;
    if (annotation !== undefined)
      entry._apigw403 = this.#copy(annotation, matcher, false) as typeof annotation;
    this.#inPlace(entry, matcher, false, '_apigw403');
    return entry;
  }

  /** A copy of `value` (a report, a command, any text) with every secret noted so far replaced; nothing new is looked for. */
  mask<T>(value: T): T {
    // Most reports quote an entry with no secret (the panel masks every row it lists): nothing to build or copy.
    if (this.#found.size === 0) return value;
    return this.#copy(value, this.#build(), false) as T;
  }

  /** Any other part of the file (the log's pages, comments, `_` fields): its secrets found, and replaced. */
  redactValue<T>(value: T): T {
    this.#scanner.scan(value);
    this.#stale();
    return this.#copy(value, this.#build(), false) as T;
  }

  #string(text: string, matcher: SecretMatcher, cookiePlace: boolean): string {
    // A base64 text (body, frame, field) a secret was found in is read decoded and written back encoded.
    if (this.#base64WithSecrets.has(text)) {
      const decoded = decodeBase64Body(text);
      const replaced = decoded === undefined ? decoded : matcher.replace(decoded, cookiePlace);
      if (replaced !== decoded && replaced !== undefined)
        return matcher.replace(encodeBase64Text(replaced), cookiePlace);
    }
    return matcher.replace(text, cookiePlace);
  }

  #copy(value: unknown, matcher: SecretMatcher, cookiePlace: boolean): unknown {
    if (typeof value === 'string') return this.#string(value, matcher, cookiePlace);
    if (Array.isArray(value)) return value.map((item) => this.#copy(item, matcher, cookiePlace));
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    const cookieHeader = isCookieHeader(value);
    for (const [key, field] of Object.entries(value))
      out[key] = this.#copy(field, matcher, inCookies(cookiePlace, key, cookieHeader));
    return out;
  }

  /** #copy without the copy: a string is assigned back only when redaction changed it. `skip`: a field left as it is. */
  #inPlace(value: object, matcher: SecretMatcher, cookiePlace: boolean, skip?: string): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        if (typeof item === 'string') {
          const redacted = this.#string(item, matcher, cookiePlace);
          if (redacted !== item) value[i] = redacted;
        } else if (isRecord(item)) this.#inPlace(item, matcher, cookiePlace);
      }
      return;
    }
    const record = value as Record<string, unknown>;
    const cookieHeader = isCookieHeader(record);
    for (const key of Object.keys(record)) {
      if (key === skip) continue;
      const field = record[key];
      const place = inCookies(cookiePlace, key, cookieHeader);
      if (typeof field === 'string') {
        const redacted = this.#string(field, matcher, place);
        if (redacted !== field) record[key] = redacted;
      } else if (isRecord(field)) this.#inPlace(field, matcher, place);
    }
  }

  /**
   * Where written text still holds a secret this redactor found (in any encoding), or undefined.
   * Word-like cookie values are left out: they are replaced in cookie places only.
   */
  leftIn(text: string): string | undefined {
    const leak = this.#build().firstLeak(text);
    if (!leak) return undefined;
    const secret = this.#matcherSecrets[leak.secret] ?? '';
    const found = this.#found.get(secret);
    return found ? `${found.kind} (${found.name})` : 'secret';
  }

  /** Throws `SecretLeftError` when `text`, written at `where`, still holds a secret. */
  verify(text: string, where: string): void {
    const what = this.leftIn(text);
    if (what !== undefined) throw new SecretLeftError(where, what);
  }

  summary(): RedactionSummary {
    this.#collectGone();
    const items = this.#placeholders.items((secret) => this.#gone.has(secret));
    return { values: items.reduce((sum, item) => sum + item.values, 0), items };
  }
}

/** A redacted copy of `har` (the input is not modified) and what was redacted. */
export function redactHar(har: Har): RedactionResult {
  const redactor = new HarRedactor();
  for (const entry of har.log.entries) redactor.note(entry);
  const { entries, ...head } = har.log;
  const log = { ...redactor.redactValue(head), entries: entries.map((entry) => redactor.redactEntry(entry)) };
  const { entries: redactedEntries, ...redactedHead } = log;
  redactedEntries.forEach((entry, index) => {
    redactor.verify(JSON.stringify(entry), `log.entries[${index}]`);
  });
  redactor.verify(JSON.stringify(redactedHead), 'log');
  // Fields beside `log` are not HAR; like the streaming reader, the copy does not keep them.
  return { har: { log }, summary: redactor.summary() };
}
