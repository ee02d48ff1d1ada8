/**
 * Safe-by-default HAR export (DESIGN.md "Redaction"). A structural walk, never a regex over the
 * file's text: first every place whose meaning we know (headers, cookies, query, form and JSON
 * fields, JWTs) is redacted in place and its secret noted; then every other string in the file —
 * bodies, URLs, AWS error messages that echo a token or a canonical request, `_` fields — has those
 * same secrets replaced by the same placeholders, so the diagnosis of the copy equals the original's.
 */
import { Placeholders, type RedactedItem, type SecretKind } from './placeholders.ts';
import {
  isSecretField,
  redactCookieValue,
  redactFieldValue,
  redactHeaderValue,
  redactToken,
} from './redact-values.ts';
import type { Har, HarContent, HarEntry, HarPostData } from './types.ts';
import { decodeBase64Text, encodeBase64Text } from './web-globals.ts';

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

/** Shorter secrets are replaced only where found, not searched for in other text (too many false hits). */
const MIN_SEARCHED_SECRET = 8;
const TEXTUAL_MIME = /json|text|xml|html|javascript|x-www-form-urlencoded/i;

function safeDecodeURIComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `a=1&b=2` with each value redacted by its name; names and order stay. */
function redactQueryText(query: string, kind: SecretKind, placeholders: Placeholders): string {
  return query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = safeDecodeURIComponent(pair.slice(0, equals));
      const raw = pair.slice(equals + 1);
      const value = safeDecodeURIComponent(raw);
      const redacted = redactFieldValue(name, value, kind, placeholders);
      return redacted === value ? pair : `${pair.slice(0, equals + 1)}${encodeURIComponent(redacted)}`;
    })
    .join('&');
}

function redactUrl(url: string, placeholders: Placeholders): string {
  const question = url.indexOf('?');
  if (question < 0) return url;
  const hash = url.indexOf('#', question);
  const end = hash < 0 ? url.length : hash;
  return `${url.slice(0, question + 1)}${redactQueryText(url.slice(question + 1, end), 'query-parameter', placeholders)}${url.slice(end)}`;
}

/**
 * The well-formed `{name, value}` items of a header, cookie, query or form list, as the same objects
 * (so assigning `value` rewrites the file). Redaction may run on files nobody checked (a panel
 * export): anything of another shape is left alone rather than tripped over.
 */
function namedValues(list: unknown): Array<{ name: string; value: string }> {
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is { name: string; value: string } =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.name === 'string' &&
      typeof item.value === 'string',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Notes the secrets of a JSON body (by field name, and JWTs anywhere); the text is rewritten later. */
function collectJsonSecrets(value: unknown, placeholders: Placeholders, fieldName?: string): void {
  if (typeof value === 'string') {
    if (fieldName !== undefined && isSecretField(fieldName) && value.trim() !== '') {
      redactToken(value, 'body-field', fieldName, placeholders);
    } else redactFieldValue(fieldName ?? '', value, 'body-field', placeholders);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectJsonSecrets(item, placeholders, fieldName);
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [name, field] of Object.entries(value)) collectJsonSecrets(field, placeholders, name);
  }
}

/** Notes the secrets a body carries in fields we can name (JSON or form); replacement happens in pass two. */
function collectBodySecrets(text: string, mimeType: string | undefined, placeholders: Placeholders): void {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      collectJsonSecrets(JSON.parse(text), placeholders);
      return;
    } catch {
      // Not JSON after all: the searched replacement still covers known secrets.
    }
  }
  if (/x-www-form-urlencoded/i.test(mimeType ?? '')) redactQueryText(text, 'body-field', placeholders);
}

function bodyText(content: HarContent | HarPostData): string | undefined {
  if (typeof content.text !== 'string') return undefined;
  if (content.encoding !== 'base64') return content.text;
  if (!TEXTUAL_MIME.test(content.mimeType ?? '')) return undefined;
  return decodeBase64Text(content.text);
}

function redactEntryFields(entry: HarEntry, placeholders: Placeholders): void {
  const request: Partial<HarEntry['request']> = isRecord(entry.request) ? entry.request : {};
  const response: Partial<HarEntry['response']> = isRecord(entry.response) ? entry.response : {};
  if (typeof request.url === 'string') request.url = redactUrl(request.url, placeholders);
  for (const header of [...namedValues(request.headers), ...namedValues(response.headers)]) {
    header.value = redactHeaderValue(header.name, header.value, placeholders);
  }
  for (const param of namedValues(request.queryString)) {
    param.value = redactFieldValue(param.name, param.value, 'query-parameter', placeholders);
  }
  for (const cookie of [...namedValues(request.cookies), ...namedValues(response.cookies)]) {
    cookie.value = redactCookieValue(cookie.value, cookie.name, placeholders);
  }
  const bodies: Array<HarPostData | HarContent | undefined> = [request.postData, response.content];
  for (const body of bodies) {
    if (!isRecord(body)) continue;
    for (const param of namedValues('params' in body ? body.params : undefined)) {
      param.value = redactFieldValue(param.name, param.value, 'body-field', placeholders);
    }
    const text = bodyText(body);
    if (text !== undefined) collectBodySecrets(text, String(body.mimeType ?? ''), placeholders);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && !Array.isArray(value);
}

/** A list with its object items copied, so assigning an item's `value` leaves the original alone. */
function copiedItems(list: unknown): unknown {
  return Array.isArray(list) ? list.map((item) => (isPlainObject(item) ? { ...item } : item)) : list;
}

function copiedOwner(owner: unknown, lists: readonly string[], body: string): unknown {
  if (!isPlainObject(owner)) return owner;
  const copy = { ...owner };
  for (const list of lists) if (list in copy) copy[list] = copiedItems(copy[list]);
  const content = copy[body];
  if (isPlainObject(content) && 'params' in content)
    copy[body] = { ...content, params: copiedItems(content.params) };
  return copy;
}

/**
 * A copy of `entry` that `redactEntryFields` may rewrite without touching the original. It assigns
 * only `request.url` and the `value` of list items, so only their owners are copied: a JSON round
 * trip of the whole entry, bodies included, was a large part of the time an export took.
 */
function writableCopy(entry: HarEntry): HarEntry {
  const copy = { ...entry };
  if ('request' in copy) {
    const lists = ['headers', 'queryString', 'cookies'];
    copy.request = copiedOwner(copy.request, lists, 'postData') as HarEntry['request'];
  }
  if ('response' in copy)
    copy.response = copiedOwner(copy.response, ['headers', 'cookies'], 'content') as HarEntry['response'];
  return copy;
}

/**
 * Known secrets in the forms they take in text, longest first. Alternations stay small because V8 refuses a
 * regular expression that is "too large" (one long cookie or key is enough); a secret no regular expression
 * can hold is replaced literally instead.
 */
interface Replacement {
  steps: Array<RegExp | { secret: string; placeholder: string }>;
  bySecret: Map<string, string>;
}

const MAX_ALTERNATION_CHARS = 16 * 1024;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternationOf(secrets: string[]): RegExp | undefined {
  try {
    const pattern = new RegExp(secrets.map(escapeRegExp).join('|'), 'g');
    // V8 compiles on first use: "too large" would only be thrown there, in the middle of a redaction.
    pattern.test('');
    return pattern;
  } catch {
    return undefined;
  }
}

/** The forms of every known secret in text: raw, URL-encoded, JSON-quoted. */
function buildReplacement(placeholders: Placeholders): Replacement | undefined {
  const bySecret = new Map<string, string>();
  for (const [secret, placeholder] of placeholders.pairs()) {
    bySecret.set(JSON.stringify(secret), JSON.stringify(placeholder));
    if (secret.length < MIN_SEARCHED_SECRET) continue;
    bySecret.set(secret, placeholder);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) bySecret.set(encoded, encodeURIComponent(placeholder));
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) bySecret.set(escaped, JSON.stringify(placeholder).slice(1, -1));
  }
  if (bySecret.size === 0) return undefined;
  const steps: Replacement['steps'] = [];
  let batch: string[] = [];
  let batchChars = 0;
  const flush = () => {
    const pattern = batch.length > 0 ? alternationOf(batch) : undefined;
    if (pattern) steps.push(pattern);
    else for (const secret of batch) steps.push({ secret, placeholder: bySecret.get(secret) ?? secret });
    batch = [];
    batchChars = 0;
  };
  for (const secret of [...bySecret.keys()].sort((a, b) => b.length - a.length)) {
    if (batch.length > 0 && batchChars + secret.length > MAX_ALTERNATION_CHARS) flush();
    batch.push(secret);
    batchChars += secret.length + 1;
  }
  flush();
  return { steps, bySecret };
}

function replaceSecrets(text: string, replacement: Replacement): string {
  let out = text;
  for (const step of replacement.steps) {
    if (step instanceof RegExp)
      out = out.replace(step, (secret) => replacement.bySecret.get(secret) ?? secret);
    else if (out.includes(step.secret)) out = out.split(step.secret).join(step.placeholder);
  }
  return out;
}

/** Pass two: every string anywhere (keys excepted), base64 bodies decoded and re-encoded. */
function replaceEverywhere(value: unknown, replacement: Replacement): unknown {
  if (typeof value === 'string') return replaceSecrets(value, replacement);
  if (Array.isArray(value)) return value.map((item) => replaceEverywhere(item, replacement));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(record)) out[name] = replaceEverywhere(field, replacement);
  if (record.encoding === 'base64' && typeof record.text === 'string') {
    const text = bodyText(record as HarContent);
    // Binary bodies are left as they are: we cannot know where a secret would sit in them.
    if (text !== undefined) out.text = encodeBase64Text(replaceSecrets(text, replacement));
  }
  return out;
}

/**
 * Redacts a HAR one entry at a time, for files too big to hold: `note` every entry first (that
 * learns every secret, in file order), then `redactEntry` each. Placeholders are numbered in the
 * order secrets were first noted, so the result equals `redactHar` on the whole file.
 */
export class HarRedactor {
  readonly #placeholders = new Placeholders();
  #replacement: Replacement | undefined;
  #stale = true;

  note(entry: HarEntry): void {
    redactEntryFields(writableCopy(entry), this.#placeholders);
    this.#stale = true;
  }

  /** A redacted copy of an entry that was noted. */
  redactEntry(entry: HarEntry): HarEntry {
    const copy = writableCopy(entry);
    redactEntryFields(copy, this.#placeholders);
    // The copy still shares what redactEntryFields left alone: this builds the result afresh.
    return this.redactValue(copy);
  }

  /** Any other part of the file (the log's pages, comments, `_` fields): known secrets replaced. */
  redactValue<T>(value: T): T {
    if (this.#stale) {
      this.#replacement = buildReplacement(this.#placeholders);
      this.#stale = false;
    }
    return this.#replacement ? (replaceEverywhere(value, this.#replacement) as T) : value;
  }

  summary(): RedactionSummary {
    return { values: this.#placeholders.distinct, items: this.#placeholders.items() };
  }
}

/** A redacted copy of `har` (the input is not modified) and what was redacted. */
export function redactHar(har: Har): RedactionResult {
  const redactor = new HarRedactor();
  for (const entry of har.log.entries) redactor.note(entry);
  const { entries, ...head } = har.log;
  const log = { ...redactor.redactValue(head), entries: entries.map((entry) => redactor.redactEntry(entry)) };
  // Fields beside `log` are not HAR; like the streaming reader, the copy does not keep them.
  return { har: { log }, summary: redactor.summary() };
}
