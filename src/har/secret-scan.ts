/**
 * Where secrets are in a HAR: every header, cookie, query and form field, every URL in any field
 * (query, fragment, userinfo), JSON/XML/multipart/form/base64 bodies, WebSocket frames, comments
 * and `_` fields — whatever the field. Each string is read by one forward scan that recognises
 * `name=value` / `name: value` / `"name":"value"` / `<Name>value</Name>` pairs, URL authorities,
 * PEM blocks, auth schemes and token shapes; bodies that decode (JSON, base64, URL-encoding) are
 * read again decoded. Walks keep their own stack: no input depth overflows them.
 * What a value is decided by ../core/secret-model.ts; this module only finds values and reports them.
 */
import {
  authScheme,
  isAwsAccessKeyId,
  isNeverSecret,
  isWellKnownToken,
  jwtSignature,
  looksLikeToken,
  looksRandom,
  nameVerdict,
  plausibleSecret,
  subprotocolSecret,
  webhookPathSecret,
} from '../core/secret-model.ts';
import { isPlaceholder, type PlaceholderStyle, type SecretKind } from './placeholders.ts';
import { decodeEscapes } from './secret-matcher.ts';
import { decodeBase64Utf8 } from './web-globals.ts';

export interface FoundSecret {
  secret: string;
  kind: SecretKind;
  /** The name it was found under (header, field, cookie…), for the summary. */
  name: string;
  style: PlaceholderStyle;
  /** Decided by a name that only sometimes means a credential: dropped if it equals a value diagnosis reads. */
  guess?: boolean;
  /** A cookie value that reads like a word (`lang=en`): replaced in cookie places only. */
  cookieOnly?: boolean;
}

export interface SecretSink {
  found(secret: FoundSecret): void;
  /** A value the diagnosis reads (error type, request id, host, stage): never replaced unless it is a secret. */
  protect(value: string): void;
  /** A base64 text a secret was found in once decoded (redaction rewrites it decoded). */
  foundInBase64(base64: string): void;
}

/** Headers whose values are what diagnosis reads. */
const DIAGNOSTIC_HEADERS = new Set([
  'x-amzn-errortype',
  'x-amzn-requestid',
  'x-amz-apigw-id',
  'x-amz-cf-id',
  'x-amzn-trace-id',
  'x-amz-cf-pop',
  'x-cache',
  'via',
  'server',
  'host',
  ':authority',
]);

/** Decoded texts nest (base64 of JSON of a URL-encoded value…); deeper than this is not a real capture. */
const MAX_DECODE_LEVELS = 8;

type Task = (
  | {
      type: 'json';
      value: unknown;
      name: string | undefined;
      inherited: string | undefined;
      list: string | undefined;
    }
  | { type: 'text'; text: string; level: number }
) & { origin?: string | undefined };

function kindOfName(name: string, fallback: SecretKind): SecretKind {
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization') return 'authorization';
  if (lower.includes('security-token') || lower.includes('sessiontoken') || lower.includes('session_token'))
    return 'security-token';
  if (/api[-_]?key/.test(lower)) return 'api-key';
  if (lower.includes('private') && lower.includes('key')) return 'private-key';
  return fallback;
}

/** Code units of the characters names and tokens are made of: letters, digits, `_ - . [ ] $`. */
function isNameCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 45 ||
    c === 46 ||
    c === 91 ||
    c === 93 ||
    c === 36
  );
}

/** Where an unquoted value ends: separators of query strings, cookies, headers, JSON, HTML and prose. */
function endsUnquoted(c: number): boolean {
  // & ; , space tab CR LF " ' < > # } ] ) \
  return (
    c === 38 ||
    c === 59 ||
    c === 44 ||
    c === 32 ||
    c === 9 ||
    c === 13 ||
    c === 10 ||
    c === 34 ||
    c === 39 ||
    c === 60 ||
    c === 62 ||
    c === 35 ||
    c === 125 ||
    c === 93 ||
    c === 41 ||
    c === 92
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** A credential's characters after an auth scheme: token characters and base64's `+/=`. */
function isCredentialCode(c: number): boolean {
  return isNameCode(c) || c === 43 || c === 47 || c === 61 || c === 126 || c === 37;
}

/**
 * Text that is only base64 and decodes to readable UTF-8 (a body, a frame, a field holding encoded
 * JSON). Cheap tests first — base64 of text has both letter cases, and a length a decoder accepts —
 * because most strings of a HAR (ids, hashes, words) are looked at and are not base64.
 */
function base64Text(text: string): string | undefined {
  const n = text.length;
  if (n < 16 || n > 64 * 1024 * 1024) return undefined;
  let upper = false;
  let lower = false;
  let significant = 0;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    else if (c === 10 || c === 13 || c === 61) continue;
    else if (!((c >= 48 && c <= 57) || c === 43 || c === 47 || c === 45 || c === 95)) return undefined;
    significant += 1;
  }
  if (!upper || !lower || significant % 4 === 1) return undefined;
  return decodeBase64Utf8(text);
}

export { base64Text as decodeBase64Body };

/** Strips what servers put before JSON to stop it being run as a script (`)]}'`, `while(1);`) and a BOM. */
function jsonStart(text: string): number {
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length && text.charCodeAt(i) <= 32) i += 1;
  for (const guard of [")]}'", 'while(1);', 'for(;;);']) {
    if (text.startsWith(guard, i)) {
      i += guard.length;
      while (i < text.length && text.charCodeAt(i) <= 32) i += 1;
      break;
    }
  }
  return i;
}

/** Finds secrets in one HAR value and everything it contains. */
export class SecretScanner {
  readonly #sink: SecretSink;
  readonly #tasks: Task[] = [];
  /** The base64 text the task being read was decoded from, if any. */
  #origin: string | undefined;

  constructor(sink: SecretSink) {
    this.#sink = sink;
  }

  /** A HAR entry, the log's head, or any part of a HAR. */
  scan(value: unknown): void {
    this.#tasks.push({ type: 'json', value, name: undefined, inherited: undefined, list: undefined });
    this.#drain();
  }

  #drain(): void {
    for (let task = this.#tasks.pop(); task; task = this.#tasks.pop()) {
      this.#origin = task.origin;
      if (task.type === 'text') this.#text(task.text, task.level);
      else this.#json(task.value, task.name, task.inherited, task.list);
    }
  }

  #found(
    secret: string,
    kind: SecretKind,
    name: string,
    style: PlaceholderStyle = 'key',
    guess = false,
  ): void {
    const trimmed = secret.trim();
    if (isNeverSecret(trimmed) || isPlaceholder(trimmed)) return;
    if (this.#origin !== undefined) this.#sink.foundInBase64(this.#origin);
    this.#sink.found({ secret: trimmed, kind, name, style, ...(guess ? { guess } : {}) });
  }

  #pushText(text: string, level: number, base64: string | undefined = undefined): void {
    if (text.length > 0 && level <= MAX_DECODE_LEVELS)
      this.#tasks.push({ type: 'text', text, level, origin: this.#origin ?? base64 });
  }

  #pushJson(
    value: unknown,
    name: string | undefined,
    inherited: string | undefined,
    list: string | undefined,
  ) {
    this.#tasks.push({ type: 'json', value, name, inherited, list, origin: this.#origin });
  }

  // --- structured values --------------------------------------------------------------------

  #json(
    value: unknown,
    name: string | undefined,
    inherited: string | undefined,
    list: string | undefined,
  ): void {
    if (typeof value === 'string') {
      this.#string(value, name, inherited);
      return;
    }
    if (typeof value === 'number') {
      const owner = inherited ?? name;
      if (owner !== undefined && (inherited !== undefined || nameVerdict(owner) === 'secret'))
        this.#found(String(value), kindOfName(owner, 'body-field'), owner);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      this.#children(
        value.map((item) => [name, item] as const),
        inherited,
        list,
      );
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string' && typeof record.value === 'string' && inherited === undefined) {
      this.#namedValue(record.name, record.value, list);
      const others = Object.entries(record).filter(([key]) => key !== 'name' && key !== 'value');
      this.#children(others, undefined, undefined);
      return;
    }
    if (record.encoding === 'base64' && typeof record.text === 'string') {
      const decoded = decodeBase64Utf8(record.text);
      if (decoded !== undefined) this.#pushText(decoded, 1, record.text);
    }
    const fields = Object.entries(record).filter(([key]) => key !== 'text' || record.encoding !== 'base64');
    this.#children(fields, inherited, list);
  }

  /**
   * Strings and numbers are read at once, in order; objects and arrays are pushed last first, so
   * they too are read in file order (placeholders are numbered in it) without recursion.
   */
  #children(
    fields: ReadonlyArray<readonly [string | undefined, unknown]>,
    inherited: string | undefined,
    list: string | undefined,
  ): void {
    const containers: Task[] = [];
    for (const [key, child] of fields) {
      const container = typeof child === 'object' && child !== null;
      const listName = key === 'headers' || key === 'cookies' ? key : container ? undefined : list;
      // Everything inside `{"password": {"new": …}}` is the password's; a list of headers or cookies is not.
      const owner =
        inherited ??
        (container && listName === undefined && key !== undefined && nameVerdict(key) === 'secret'
          ? key
          : undefined);
      if (!container) this.#json(child, key, owner, listName);
      else
        containers.push({
          type: 'json',
          value: child,
          name: key,
          inherited: owner,
          list: listName,
          origin: this.#origin,
        });
    }
    for (let i = containers.length - 1; i >= 0; i -= 1) this.#tasks.push(containers[i] as Task);
  }

  #string(value: string, name: string | undefined, inherited: string | undefined): void {
    if (inherited !== undefined) {
      if (name === undefined || !/type|_use$|expir|url|uri$|scheme|time|date/i.test(name))
        this.#secretValue(value, inherited, kindOfName(inherited, 'body-field'));
      return;
    }
    const verdict = name === undefined ? 'no' : nameVerdict(name);
    if (name !== undefined && verdict === 'secret') {
      this.#secretValue(value, name, kindOfName(name, 'body-field'));
      return;
    }
    if (name !== undefined && verdict === 'if-token' && looksLikeToken(value.trim()))
      this.#found(value, 'body-field', name, 'key', true);
    if (value.length > 0) this.#text(value, 0);
  }

  /** A `{name, value}` item: a header, a cookie, a query or form parameter, or a body's own list. */
  #namedValue(name: string, value: string, list: string | undefined): void {
    const lower = name.toLowerCase();
    if (list === 'cookies') {
      this.#cookie(name, value);
      return;
    }
    if (list === 'headers') {
      if (lower === 'cookie') {
        for (const pair of value.split(';')) this.#cookiePair(pair);
        return;
      }
      if (lower === 'set-cookie' || lower === 'set-cookie2') {
        // Firefox joins several Set-Cookie lines with newlines.
        for (const line of value.split('\n')) this.#cookiePair(line.split(';')[0] ?? '');
        return;
      }
      if (DIAGNOSTIC_HEADERS.has(lower)) {
        this.#sink.protect(value.trim());
        return;
      }
      if (lower === 'sec-websocket-protocol') {
        for (const item of value.split(',')) {
          const secret = subprotocolSecret(item.trim());
          if (secret !== undefined) this.#token(secret, name, 'header');
        }
        return;
      }
    }
    const verdict = nameVerdict(lower);
    if (verdict === 'secret') {
      this.#secretValue(value, lower, kindOfName(lower, list === 'headers' ? 'header' : 'query-parameter'));
      return;
    }
    if (verdict === 'if-token' && looksRandom(value.trim()))
      this.#found(value, list === 'headers' ? 'header' : 'query-parameter', name, 'key', true);
    this.#pushText(value, 0);
  }

  #cookiePair(pair: string): void {
    const equals = pair.indexOf('=');
    if (equals > 0) this.#cookie(pair.slice(0, equals).trim(), pair.slice(equals + 1));
  }

  #cookie(name: string, raw: string): void {
    const value = raw.trim().replace(/^"(.*)"$/s, '$1');
    if (value === '') return;
    const signature = jwtSignature(value);
    if (signature !== undefined) {
      if (signature !== '') this.#found(signature, 'jwt-signature', name, 'opaque');
      return;
    }
    if (nameVerdict(name) === 'secret' || looksRandom(value)) {
      this.#found(value, 'cookie', name);
      return;
    }
    if (!isNeverSecret(value) && !isPlaceholder(value))
      this.#sink.found({ secret: value, kind: 'cookie', name, style: 'key', cookieOnly: true });
  }

  /** A value known to be a credential: the auth scheme and a JWT's header and claims stay readable. */
  #secretValue(raw: string, name: string, kind: SecretKind): void {
    const value = raw.trim();
    if (value === '') return;
    const lower = name.toLowerCase();
    if (lower === 'x-amz-credential' || lower === 'credential') {
      this.#found(value.split(/\/|%2F/i)[0] ?? '', 'access-key-id', name);
      return;
    }
    if (lower === 'x-amz-signature' || lower === 'signature') {
      this.#found(value, 'sigv4-signature', name, 'opaque');
      return;
    }
    const scheme = authScheme(value);
    if (scheme) {
      const credential = value.slice(scheme.credentialStart).trim();
      if (scheme.scheme === 'aws4-hmac-sha256') {
        // Only the key id and the signature are secret: the scope and the signed headers stay. Both are first
        // named after the header that carried them, which is what the export preview and the summary show.
        const keyId = /Credential=([^/,\s]+)/.exec(credential)?.[1];
        // The whole value up to its delimiter, as the pair scan reads it: a hex prefix alone (`1` of `1gA…`)
        // would be a one-character "secret" replacing every `1` of the region and the request id.
        const signature = /Signature=([^,\s]+)/.exec(credential)?.[1];
        if (keyId) this.#found(keyId, 'access-key-id', name);
        if (signature) this.#found(signature, 'sigv4-signature', name, 'opaque');
        // The pairs' text scan still runs: it finds the same two in every form they could be written in.
        this.#pushText(credential, 0);
        return;
      }
      if (scheme.scheme === 'basic') {
        this.#found(credential, 'authorization', name, 'opaque');
        const clear = decodeBase64Utf8(credential);
        const colon = clear?.indexOf(':') ?? -1;
        if (clear !== undefined && colon >= 0)
          this.#found(clear.slice(colon + 1), 'authorization', name, 'opaque');
        return;
      }
      this.#token(credential, name, kind);
      return;
    }
    this.#token(value, name, kind);
  }

  #token(token: string, name: string, kind: SecretKind): void {
    const signature = jwtSignature(token);
    if (signature === undefined) this.#found(token, kind, name);
    else if (signature !== '') this.#found(signature, 'jwt-signature', name, 'opaque');
  }

  // --- free text ----------------------------------------------------------------------------

  #text(text: string, level: number): void {
    const start = jsonStart(text);
    const first = text.charCodeAt(start);
    if (first === 123 || first === 91) {
      let parsed: unknown;
      let ok = false;
      try {
        parsed = JSON.parse(start === 0 ? text : text.slice(start));
        ok = true;
      } catch {
        // Not JSON after all (or cut short): the text scan below still reads its pairs.
      }
      if (ok) {
        this.#pushJson(parsed, undefined, undefined, undefined);
        return;
      }
    }
    const decoded = base64Text(text);
    if (decoded !== undefined) {
      this.#pushText(decoded, level + 1, text);
      return;
    }
    if (text.includes('form-data;')) this.#multipart(text, level);
    this.#scanPairs(text, level);
  }

  /** `Content-Disposition: form-data; name="password"` parts: the value after the blank line. */
  #multipart(text: string, level: number): void {
    let at = text.indexOf('form-data;');
    while (at >= 0) {
      const nameAt = text.indexOf('name="', at);
      const nameEnd = nameAt < 0 ? -1 : text.indexOf('"', nameAt + 6);
      if (nameEnd < 0) return;
      const crlf = text.indexOf('\r\n\r\n', nameEnd);
      const lf = text.indexOf('\n\n', nameEnd);
      if (crlf < 0 && lf < 0) return;
      const bodyStart = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf + 2;
      const next = text.indexOf('\n--', bodyStart);
      const bodyEnd = next < 0 ? text.length : text.charCodeAt(next - 1) === 13 ? next - 1 : next;
      const name = text.slice(nameAt + 6, nameEnd);
      const value = text.slice(bodyStart, bodyEnd);
      if (nameVerdict(name) === 'secret') this.#secretValue(value, name, kindOfName(name, 'body-field'));
      else this.#pushText(value, level + 1);
      at = text.indexOf('form-data;', bodyEnd);
    }
  }

  /**
   * One forward pass over `text`. Every position is looked at a bounded number of times: a value
   * reported as a secret is skipped past; a value under another name is read on, in place.
   */
  #scanPairs(text: string, level: number): void {
    const n = text.length;
    let pemEndSearchedFrom = -1;
    let pemEnd = -1;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 60) {
        i = this.#xmlElement(text, i);
        continue;
      }
      if (!isNameCode(c)) {
        i += 1;
        continue;
      }
      let runEnd = i + 1;
      while (runEnd < n && isNameCode(text.charCodeAt(runEnd))) runEnd += 1;
      const run = text.slice(i, runEnd);
      // PEM block: `-----BEGIN … PRIVATE KEY-----` … `-----END`.
      if (run === '-----BEGIN') {
        const lineEnd = text.indexOf('-----', runEnd);
        if (lineEnd >= 0 && text.slice(runEnd, lineEnd).includes('PRIVATE KEY')) {
          if (pemEndSearchedFrom < 0 || (pemEnd >= 0 && pemEnd < lineEnd)) {
            pemEnd = text.indexOf('-----END', lineEnd + 5);
            pemEndSearchedFrom = lineEnd;
          }
          if (pemEnd >= 0) {
            const body = decodeEscapes(text.slice(lineEnd + 5, pemEnd)).trim();
            if (body !== '') this.#found(body, 'private-key', 'PEM');
            i = pemEnd + 8;
            continue;
          }
        }
      }
      this.#shape(run);
      const afterScheme = this.#schemeCredential(text, run, runEnd);
      if (afterScheme > runEnd) {
        i = afterScheme;
        continue;
      }
      i = this.#pair(text, i, runEnd, level);
    }
  }

  /** Token shapes that are secrets under any name. */
  #shape(run: string): void {
    if (run.length < 20) return;
    let end = run.length;
    while (end > 0 && run.charCodeAt(end - 1) === 46) end -= 1;
    const token = run.slice(0, end);
    const signature = jwtSignature(token);
    if (signature !== undefined) {
      if (signature !== '') this.#found(signature, 'jwt-signature', 'JWT', 'opaque');
    } else if (isAwsAccessKeyId(token)) this.#found(token, 'access-key-id', 'AWS access key id');
    else if (isWellKnownToken(token)) this.#found(token, 'token', token.slice(0, 4));
  }

  /** `Bearer <token>` / `Basic <credential>` in prose: returns where the credential ends, or `runEnd`. */
  #schemeCredential(text: string, run: string, runEnd: number): number {
    if (run.length !== 6 && run.length !== 5) return runEnd;
    const lower = run.toLowerCase();
    if (lower !== 'bearer' && lower !== 'basic') return runEnd;
    let at = runEnd;
    if (text.charCodeAt(at) !== 32) return runEnd;
    while (text.charCodeAt(at) === 32) at += 1;
    let end = at;
    while (end < text.length && isCredentialCode(text.charCodeAt(end))) end += 1;
    const credential = decodeEscapes(text.slice(at, end));
    if (credential.length < 8 || !(looksLikeToken(credential) || credential.length >= 16)) return runEnd;
    this.#secretValue(`${run} ${credential}`, 'authorization', 'authorization');
    return end;
  }

  /** After a name: `=value`, `: value`, `":"value"`, or a URL authority after `scheme://`. */
  #pair(text: string, nameStart: number, nameEnd: number, level: number): number {
    const n = text.length;
    let at = nameEnd;
    let c = text.charCodeAt(at);
    if (c === 34 || c === 39) at += 1;
    else if (c === 92 && text.charCodeAt(at + 1) === 34) at += 2;
    while (at < n && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at += 1;
    c = text.charCodeAt(at);
    if (c !== 61 && c !== 58) return nameEnd;
    if (c === 58 && text.charCodeAt(at + 1) === 47 && text.charCodeAt(at + 2) === 47) {
      this.#authority(text, at + 3);
      return at + 3;
    }
    if (text.charCodeAt(at + 1) === c) return at + 2;
    const name = text.slice(nameStart, nameEnd);
    const verdict = nameEnd - nameStart > 128 ? 'no' : nameVerdict(name);
    const value = this.#readValue(text, at + 1);
    if (verdict === 'no') {
      // A value under another name may be an encoded URL or form (`next=https%3A%2F%2F…%3Ftoken%3D…`),
      // encoded twice too (`%253Ftoken%253D`: its pairs show only once decoded again).
      if (c === 61 && value.raw.includes('%')) {
        this.#pushText(value.text, level + 1);
        if (value.text.includes('%')) {
          const again = decodeEscapes(value.text);
          if (again !== value.text) this.#pushText(again, level + 2);
        }
      }
      return at + 1;
    }
    if (value.text === '') return at + 1;
    if (verdict === 'if-token') {
      // `key=k7Qz9` in a query or form is a key; `"code": "Forbidden"` in JSON is a fact.
      const token = c === 61 ? looksRandom(value.text) : looksLikeToken(value.text);
      if (token) this.#found(value.text, 'query-parameter', name, 'key', true);
      return value.end;
    }
    const lower = name.toLowerCase();
    const schemeWord = text.charCodeAt(value.end) === 32 && authScheme(`${value.text} `) !== undefined;
    if (!value.quoted && (lower === 'authorization' || lower === 'proxy-authorization' || schemeWord)) {
      // `Authorization: Bearer abc` in a text body: the credential runs past the space after the scheme.
      const line = this.#restOfLine(text, at + 1);
      this.#secretValue(line.text, name, 'authorization');
      return line.end;
    }
    // In prose, `password: required` is a sentence; a quoted or `=` value is data.
    if (c === 58 && !value.quoted && !plausibleSecret(value.text)) return at + 1;
    this.#secretValue(value.text, name, kindOfName(name, 'body-field'));
    return value.end;
  }

  #restOfLine(text: string, from: number): { text: string; end: number } {
    let end = from;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13 || c === 34 || c === 39 || c === 92 || c === 44 || c === 38 || c === 59) break;
      end += 1;
    }
    return { text: decodeEscapes(text.slice(from, end)), end };
  }

  /** The value after a separator: quoted (JSON, header parameter, escaped JSON) or up to a delimiter. */
  #readValue(text: string, from: number): { raw: string; text: string; end: number; quoted: boolean } {
    const n = text.length;
    let at = from;
    while (at < n && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at += 1;
    const c = text.charCodeAt(at);
    if (c === 34 || c === 39) {
      let end = at + 1;
      while (end < n && text.charCodeAt(end) !== c) end += text.charCodeAt(end) === 92 ? 2 : 1;
      const raw = text.slice(at + 1, Math.min(end, n));
      return { raw, text: decodeEscapes(raw), end: Math.min(end + 1, n), quoted: true };
    }
    if (c === 92 && text.charCodeAt(at + 1) === 34) {
      const close = text.indexOf('\\"', at + 2);
      const end = close < 0 ? n : close;
      const raw = text.slice(at + 2, end);
      return { raw, text: decodeEscapes(raw), end: Math.min(end + 2, n), quoted: true };
    }
    let end = at;
    while (end < n && !endsUnquoted(text.charCodeAt(end))) end += 1;
    const raw = text.slice(at, end);
    return { raw, text: decodeEscapes(raw), end, quoted: false };
  }

  /** `scheme://user:password@host`: the password is a secret, the host is what diagnosis reads. */
  #authority(text: string, from: number): void {
    let end = from;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 47 || c === 63 || c === 35 || endsUnquoted(c)) break;
      end += 1;
    }
    const authority = text.slice(from, end);
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      const userinfo = authority.slice(0, at);
      const colon = userinfo.indexOf(':');
      if (colon >= 0) this.#found(decodeEscapes(userinfo.slice(colon + 1)), 'authorization', 'URL userinfo');
      // `https://ghs_…@github.com/…`: a token alone as the user name.
      else this.#shape(decodeEscapes(userinfo));
    }
    const host = authority.slice(at + 1);
    this.#sink.protect(host);
    if (text.charCodeAt(end) === 47) {
      let pathEnd = end;
      while (pathEnd < text.length) {
        const c = text.charCodeAt(pathEnd);
        if (c === 63 || endsUnquoted(c)) break;
        pathEnd += 1;
      }
      const secret = webhookPathSecret(host, text.slice(end, pathEnd));
      if (secret !== undefined) this.#found(secret, 'token', 'webhook URL');
    }
  }

  /** `<SecretAccessKey>…</SecretAccessKey>`: the text of an element named like a secret. */
  #xmlElement(text: string, open: number): number {
    let end = open + 1;
    while (end < text.length && (isNameCode(text.charCodeAt(end)) || text.charCodeAt(end) === 58)) end += 1;
    if (end > open + 1 && isSpace(text.charCodeAt(end))) this.#namedByAttribute(text, end);
    if (end === open + 1 || text.charCodeAt(end) !== 62) return open + 1;
    const tag = text.slice(open + 1, end);
    const local = tag.slice(tag.lastIndexOf(':') + 1);
    const verdict = nameVerdict(local);
    if (verdict === 'no') return end + 1;
    const close = text.indexOf('<', end + 1);
    // An element has a closing tag: `<signature>` alone is a marker in prose, not XML.
    if (close < 0 || text.charCodeAt(close + 1) !== 47) return end + 1;
    const value = text.slice(end + 1, close).trim();
    if (value === '') return end + 1;
    if (verdict === 'secret') this.#secretValue(value, local, kindOfName(local, 'body-field'));
    else if (looksLikeToken(value)) this.#found(value, 'body-field', local, 'key', true);
    return close;
  }

  /**
   * `<input name="csrf_token" value="…">`, `<meta name="csrf-token" content="…">`: an element whose name
   * attribute is a credential's holds it in its value. (`password="…"` attributes are read as pairs.)
   * Reads the attributes after the tag name up to the tag's end; they are read again by the pair scan,
   * so each character is looked at a bounded number of times.
   */
  #namedByAttribute(text: string, from: number): void {
    let holder: string | undefined;
    let held: string | undefined;
    let i = from;
    const n = text.length;
    while (i < n) {
      while (i < n && isSpace(text.charCodeAt(i))) i += 1;
      const nameStart = i;
      while (i < n && (isNameCode(text.charCodeAt(i)) || text.charCodeAt(i) === 58)) i += 1;
      if (i === nameStart || text.charCodeAt(i) !== 61) break;
      const quote = text.charCodeAt(i + 1);
      if (quote !== 34 && quote !== 39) break;
      const close = text.indexOf(String.fromCharCode(quote), i + 2);
      const lineEnd = text.indexOf('\n', i + 2);
      if (close < 0 || (lineEnd >= 0 && lineEnd < close)) break;
      const attribute = text.slice(nameStart, i).toLowerCase();
      const value = text.slice(i + 2, close);
      if (attribute === 'name' || attribute === 'id' || attribute === 'property') holder = value;
      else if (attribute === 'value' || attribute === 'content') held = value;
      i = close + 1;
    }
    if (holder !== undefined && held !== undefined && nameVerdict(holder) === 'secret')
      this.#secretValue(decodeEscapes(held), holder, kindOfName(holder, 'body-field'));
  }
}
