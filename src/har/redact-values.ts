/**
 * Redaction of one value whose meaning we know (an Authorization header, a cookie line, a query
 * parameter…), keeping what the diagnosis reads: the auth scheme, SigV4 credential scope and signed
 * headers, JWT header and claims, a key's length and last four characters, surrounding whitespace.
 */
import type { Placeholders, SecretKind } from './placeholders.ts';
import { decodeBase64Text } from './web-globals.ts';

/** Header names whose values are credentials whatever they look like. */
const SECRET_HEADER =
  /(?:^|[-_])auth(?:[-_]|$)|authori[sz]ation|token|secret|session|passw|api[-_]?key|credential|signature|cookie/i;
/** Headers that match the pattern above but carry diagnosis, not secrets. */
const DIAGNOSTIC_HEADERS = new Set([
  'www-authenticate',
  'x-amzn-errortype',
  'x-amz-content-sha256',
  'x-amz-date',
  'access-control-allow-credentials',
  'access-control-allow-headers',
  'access-control-request-headers',
  'access-control-expose-headers',
]);
/** Query, form and JSON field names whose values are credentials. */
const SECRET_FIELD =
  /^(?:x-amz-signature|x-amz-security-token|x-amz-credential|sig|signature|code|key|state|nonce|assertion|samlresponse|auth)$|token|secret|passw|api[-_]?key|apikey|authori[sz]ation|credential|session|cookie|private[-_]?key|secretaccesskey|accesskeyid/i;

const JWT = /^(eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)\.([A-Za-z0-9_-]+)$/;

export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return !DIAGNOSTIC_HEADERS.has(lower) && SECRET_HEADER.test(lower);
}

export function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name);
}

/** Applies `redact` to the value without its surrounding whitespace, which diagnosis looks at. */
function keepingWhitespace(value: string, redact: (core: string) => string): string {
  // trimStart/trimEnd, not a regular expression: a lazy `^(\s*)(.*?)(\s*)$` is quadratic on long inner spaces.
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  if (end <= start) return value;
  return `${value.slice(0, start)}${redact(value.slice(start, end))}${value.slice(end)}`;
}

/** A JWT keeps header and claims; only its signature goes. Other tokens become key placeholders. */
export function redactToken(
  token: string,
  kind: SecretKind,
  name: string,
  placeholders: Placeholders,
): string {
  const jwt = JWT.exec(token);
  if (jwt) return `${jwt[1]}.${placeholders.for(jwt[2] ?? '', 'jwt-signature', name, 'opaque')}`;
  return placeholders.for(token, kind, name, 'key');
}

/** `AKID/20260101/us-east-1/execute-api/aws4_request`: the scope stays, the key id keeps its last 4. */
function redactCredential(credential: string, name: string, placeholders: Placeholders): string {
  const slash = credential.indexOf('/');
  const keyId = slash < 0 ? credential : credential.slice(0, slash);
  if (keyId === '') return credential;
  return `${placeholders.for(keyId, 'access-key-id', name, 'key')}${slash < 0 ? '' : credential.slice(slash)}`;
}

function redactSigV4Parameters(parameters: string, placeholders: Placeholders): string {
  return parameters
    .replace(/(Credential\s*=\s*)([^,\s]+)/, (_all, label: string, credential: string) => {
      return `${label}${redactCredential(credential, 'authorization', placeholders)}`;
    })
    .replace(/(Signature\s*=\s*)([^,\s]+)/, (_all, label: string, signature: string) => {
      return `${label}${placeholders.for(signature, 'sigv4-signature', 'authorization', 'opaque')}`;
    });
}

/** `user:password` in base64: the password is noted too, so it goes wherever else it was echoed in clear. */
function redactBasic(credential: string, name: string, placeholders: Placeholders): string {
  const clear = decodeBase64Text(credential);
  const colon = clear?.indexOf(':') ?? -1;
  if (clear !== undefined && colon >= 0 && colon < clear.length - 1) {
    placeholders.for(clear.slice(colon + 1), 'authorization', name, 'opaque');
  }
  return placeholders.for(credential, 'authorization', name, 'opaque');
}

/** Authorization / Proxy-Authorization: scheme kept, credential replaced per scheme. */
function redactAuthorization(value: string, name: string, placeholders: Placeholders): string {
  return keepingWhitespace(value, (core) => {
    const sigv4 = /^(AWS4-HMAC-SHA256)([\s\S]*)$/i.exec(core);
    if (sigv4) return `${sigv4[1]}${redactSigV4Parameters(sigv4[2] ?? '', placeholders)}`;
    const scheme = /^([A-Za-z][\w-]*)(\s+)([\s\S]+)$/.exec(core);
    if (scheme && !(scheme[1] ?? '').includes('=')) {
      const [, word = '', gap = '', credential = ''] = scheme;
      if (word.toLowerCase() === 'basic')
        return `${word}${gap}${redactBasic(credential, name, placeholders)}`;
      return `${word}${gap}${keepingWhitespace(credential, (token) => redactToken(token, 'authorization', name, placeholders))}`;
    }
    return redactToken(core, 'authorization', name, placeholders);
  });
}

/** `a=1; b=2`: names stay, each value becomes a placeholder. */
function redactCookieHeader(value: string, placeholders: Placeholders): string {
  return value
    .split(';')
    .map((pair) => redactCookiePair(pair, placeholders))
    .join(';');
}

/** `id=abc; Path=/; HttpOnly`: the value goes, the attributes stay. */
function redactSetCookie(value: string, placeholders: Placeholders): string {
  const semicolon = value.indexOf(';');
  if (semicolon < 0) return redactCookiePair(value, placeholders);
  return `${redactCookiePair(value.slice(0, semicolon), placeholders)}${value.slice(semicolon)}`;
}

function redactCookiePair(pair: string, placeholders: Placeholders): string {
  const equals = pair.indexOf('=');
  if (equals < 0) return pair;
  const name = pair.slice(0, equals).trim();
  return `${pair.slice(0, equals + 1)}${redactCookieValue(pair.slice(equals + 1), name, placeholders)}`;
}

export function redactCookieValue(value: string, name: string, placeholders: Placeholders): string {
  return keepingWhitespace(value, (core) => redactToken(core, 'cookie', name, placeholders));
}

/** A header by name; unknown, harmless headers come back unchanged (JWT-shaped values excepted). */
export function redactHeaderValue(name: string, value: string, placeholders: Placeholders): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization')
    return redactAuthorization(value, lower, placeholders);
  if (lower === 'cookie') return redactCookieHeader(value, placeholders);
  if (lower === 'set-cookie') return redactSetCookie(value, placeholders);
  if (lower === 'x-amz-security-token') {
    return keepingWhitespace(value, (core) => placeholders.for(core, 'security-token', lower, 'key'));
  }
  if (/api[-_]?key/.test(lower))
    return keepingWhitespace(value, (core) => placeholders.for(core, 'api-key', lower, 'key'));
  if (isSecretHeader(lower))
    return keepingWhitespace(value, (core) => redactToken(core, 'header', lower, placeholders));
  return redactEmbeddedJwt(value, lower, placeholders);
}

/** A query, form or JSON field value by field name. */
export function redactFieldValue(
  name: string,
  value: string,
  kind: SecretKind,
  placeholders: Placeholders,
): string {
  const lower = name.toLowerCase();
  if (lower === 'x-amz-credential') return redactCredential(value, name, placeholders);
  if (lower === 'x-amz-signature') return placeholders.for(value, 'sigv4-signature', name, 'opaque');
  if (lower === 'x-amz-security-token') return placeholders.for(value, 'security-token', name, 'key');
  if (/api[-_]?key|apikey/.test(lower))
    return keepingWhitespace(value, (core) => placeholders.for(core, 'api-key', name, 'key'));
  if (isSecretField(lower))
    return keepingWhitespace(value, (core) => redactToken(core, kind, name, placeholders));
  return redactEmbeddedJwt(value, name, placeholders);
}

/** Values that are, or end in, a JWT (`Bearer`-less tokens in custom headers, `?token=` by any name). */
function redactEmbeddedJwt(value: string, name: string, placeholders: Placeholders): string {
  return value.replace(/eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+/g, (jwt) =>
    redactToken(jwt, 'jwt-signature', name, placeholders),
  );
}
