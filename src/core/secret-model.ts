/**
 * What a secret is — by the name it travels under and by its shape — as one rule for every place
 * that hides secrets: HAR redaction (har/redact.ts) and the panel's on-screen masking. Everything
 * here looks at one name or one token at a time; nothing searches a regular expression across input.
 */

/** How a name decides about its value: always a credential, one only when it looks like a token, or no. */
export type NameVerdict = 'secret' | 'if-token' | 'no';

/** Words that make a header, field, cookie, parameter or tag name a credential's. */
const SECRET_NAME =
  /passw|pwd|passcode|passphrase|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|master[-_]?key|subscription[-_]?key|functions?[-_]?key|application[-_]?key|app[-_]?key|client[-_]?key|signing[-_]?key|encryption[-_]?key|account[-_]?key|license[-_]?key|credential|session|sessid|signature|cookie|authori[sz]ation|(?:^|[-_.:])auth(?:[-_.]|$)|csrf|xsrf|jwt|bearer|assertion|samlresponse|verifier|^x-amz-sig/i;
/** Names that only sometimes hold a credential (`code` of an OAuth redirect, `key` of a maps URL, …). */
const IF_TOKEN_NAME = /^(?:code|state|nonce|sig|hash|hmac|mac|ticket|otp|pin|sid|k|auth_?code)$|key$/i;
/**
 * Names that contain a secret word but carry a fact diagnosis reads (`token_type`, `x-amzn-errortype`,
 * the CORS allow-lists, SigV4's SignedHeaders and dates). `count` but not `AccountKey` (Azure's storage key).
 */
const NOT_SECRET_NAME =
  /type|_use$|use_|expir|ttl|url|uri$|endpoint|method|length|(?<!ac)count|format|hint|enabled|required|scope|issuer|policy|version|time|date|status|mode|provider|strategy|region|location|^www-authenticate$|allow-credentials|-headers$|signedheaders|algorithm|content-sha256|remapped-www/i;

/** Names repeat (header names, JSON keys): a HAR of 100,000 entries asks about a few hundred. */
const verdicts = new Map<string, NameVerdict>();
const MAX_REMEMBERED_NAMES = 4096;

export function nameVerdict(name: string): NameVerdict {
  // Names are short; a long "name" is some other text, and no name of ours is that long.
  if (name.length === 0 || name.length > 128) return 'no';
  const known = verdicts.get(name);
  if (known !== undefined) return known;
  const verdict: NameVerdict = NOT_SECRET_NAME.test(name)
    ? 'no'
    : SECRET_NAME.test(name)
      ? 'secret'
      : IF_TOKEN_NAME.test(name)
        ? 'if-token'
        : 'no';
  if (verdicts.size < MAX_REMEMBERED_NAMES) verdicts.set(name, verdict);
  return verdict;
}

/** One rule for the panel's masking and for redaction: does this header carry a credential? */
export function isSecretHeaderName(name: string): boolean {
  return nameVerdict(name) === 'secret';
}

/** Values that are never a secret whatever their name says: diagnosis needs the scheme words. */
const NEVER_SECRET = new Set([
  'true',
  'false',
  'null',
  'undefined',
  'none',
  'bearer',
  'basic',
  'digest',
  'token',
  'negotiate',
  'ntlm',
  'aws4-hmac-sha256',
  'redacted',
]);

export function isNeverSecret(value: string): boolean {
  return value.length === 0 || (value.length <= 16 && NEVER_SECRET.has(value.toLowerCase()));
}

function charClasses(value: string): { lower: boolean; upper: boolean; digit: boolean; other: boolean } {
  let lower = false;
  let upper = false;
  let digit = false;
  let other = false;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c >= 48 && c <= 57) digit = true;
    else other = true;
  }
  return { lower, upper, digit, other };
}

/** An AWS region, a date or a version: the kind of value a `code`/`state`/`key` field holds that diagnosis reads. */
const DIAGNOSTIC_SHAPE =
  /^(?:[a-z]{2}(?:-gov)?-[a-z]+-\d|\d{4}-\d\d-\d\d.*|\d{8}(?:T\d{6}Z)?|v?\d+(?:\.\d+)+)$/;

/**
 * A value that reads like a generated token rather than a word: letters and digits mixed, or long
 * with three kinds of characters. Decides `code`/`state`/`key` fields and cookies of unknown names.
 */
export function looksLikeToken(value: string): boolean {
  if (value.length < 4 || value.length > 8192 || /\s/.test(value)) return false;
  if (DIAGNOSTIC_SHAPE.test(value)) return false;
  const { lower, upper, digit, other } = charClasses(value);
  if (digit && (lower || upper)) return true;
  return value.length >= 16 && Number(lower) + Number(upper) + Number(digit) + Number(other) >= 3;
}

/**
 * Looser, for values already in a credential's place (a cookie, a `key=` query parameter): also a
 * short mixed-case value (`k7Qz`, `tXbqRe`), which a word is not (`en`, `Forbidden`, `dark`).
 */
export function looksRandom(value: string): boolean {
  if (looksLikeToken(value)) return true;
  if (value.length < 4 || value.length > 8192 || /\s/.test(value) || DIAGNOSTIC_SHAPE.test(value))
    return false;
  const { lower } = charClasses(value);
  return lower && charClasses(value.slice(1)).upper;
}

/** A value that may be a password after `name: ` in prose: not a plain lower-case word ("required"). */
export function plausibleSecret(value: string): boolean {
  if (isNeverSecret(value)) return false;
  const { upper, digit, other } = charClasses(value);
  return upper || digit || other;
}

/** Prefixes of credentials issued by well-known services (GitHub, GitLab, Slack, Stripe, Google, …). */
const TOKEN_PREFIXES = [
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'github_pat_',
  'glpat-',
  'glrt-',
  'xoxb-',
  'xoxa-',
  'xoxp-',
  'xoxr-',
  'xoxs-',
  'xapp-',
  'sk_live_',
  'rk_live_',
  'sk_test_',
  'rk_test_',
  'whsec_',
  'AIza',
  'npm_',
  'pypi-',
  'hvs.',
  'hvb.',
  'shpat_',
  'shpss_',
  'dop_v1_',
  'sk-ant-',
  'sk-proj-',
  'SG.',
  'ya29.',
];

/** A credential issued by a known service, recognised by its prefix (at least 16 characters after it). */
export function isWellKnownToken(token: string): boolean {
  if (token.length < 20) return false;
  for (const prefix of TOKEN_PREFIXES)
    if (token.startsWith(prefix)) return token.length >= prefix.length + 16;
  return false;
}

/** `AKIA…`/`ASIA…`: the id of a long-term or temporary AWS access key. */
export function isAwsAccessKeyId(token: string): boolean {
  return token.length === 20 && /^A[KS]IA[A-Z0-9]{16}$/.test(token);
}

/**
 * The signature of a JWT (`eyJ….eyJ….sig`): '' when it has none (already cut, `eyJ….eyJ….`),
 * undefined when `token` is not a JWT at all. Header and claims are no secret: diagnosis reads them.
 */
export function jwtSignature(token: string): string | undefined {
  if (!token.startsWith('eyJ')) return undefined;
  const first = token.indexOf('.');
  const second = token.indexOf('.', first + 1);
  if (first < 0 || !token.startsWith('eyJ', first + 1)) return undefined;
  if (second < 0) return '';
  const end = token.indexOf('.', second + 1);
  const signature = token.slice(second + 1, end < 0 ? token.length : end);
  return /^[A-Za-z0-9_-]*$/.test(signature) ? signature : '';
}

/** Auth schemes whose credential follows the scheme word. */
const SCHEME =
  /^(Bearer|Basic|Token|Digest|Negotiate|NTLM|OAuth|ApiKey|Key|SSWS|SharedAccessSignature|AWS4-HMAC-SHA256)(\s+)/i;

/** `Bearer abc` → the scheme and where the credential starts; undefined without a known scheme. */
export function authScheme(value: string): { scheme: string; credentialStart: number } | undefined {
  const match = SCHEME.exec(value.slice(0, 64));
  return match ? { scheme: (match[1] ?? '').toLowerCase(), credentialStart: match[0].length } : undefined;
}

/** Webhook URLs whose path is the credential: anyone holding the URL can post. */
const WEBHOOK_PATHS: ReadonlyArray<readonly [host: string, pathPrefix: string]> = [
  ['hooks.slack.com', '/services/'],
  ['hooks.slack.com', '/workflows/'],
  ['discord.com', '/api/webhooks/'],
  ['discordapp.com', '/api/webhooks/'],
];

/** The secret last segment of a webhook URL's path (`hooks.slack.com/services/T…/B…/<secret>`), if it is one. */
export function webhookPathSecret(host: string, path: string): string | undefined {
  const lowerHost = host.toLowerCase();
  if (!WEBHOOK_PATHS.some(([known, prefix]) => lowerHost === known && path.startsWith(prefix)))
    return undefined;
  const secret = path.slice(path.lastIndexOf('/') + 1);
  return secret.length >= 8 ? secret : undefined;
}

/** Kubernetes puts the bearer token in the WebSocket subprotocol list, base64url-encoded after this word. */
const K8S_BEARER_PROTOCOL = 'base64url.bearer.authorization.k8s.io.';

/**
 * The credential in one `Sec-WebSocket-Protocol` item: a Kubernetes bearer protocol, or an item that is itself
 * a token (`access_token, <token>` is how browsers, which cannot set headers on a WebSocket, send one).
 * Protocol names (`graphql-transport-ws`, `v12.stomp`, `base64.channel.k8s.io`) are dotted or dashed words.
 */
export function subprotocolSecret(item: string): string | undefined {
  if (item.startsWith(K8S_BEARER_PROTOCOL)) return item.slice(K8S_BEARER_PROTOCOL.length) || undefined;
  if (item.length < 20) return undefined;
  if (jwtSignature(item) !== undefined) return item;
  return !item.includes('.') && looksLikeToken(item) ? item : undefined;
}
