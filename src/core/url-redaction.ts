/**
 * A captured URL as every report prints it (CLI text, Markdown and JSON headings, the panel's Markdown
 * diagnosis, the `curl -v` line): a presigned URL's signature, session token and access key id, OAuth
 * tokens in the query or the fragment, and a password in the userinfo become placeholders. Everything
 * the diagnosis reads (host, stage, path, the credential scope, other parameters) stays. Pure string
 * work, no URL parser: a HAR's URLs can be malformed and must still come out safe.
 */
import {
  isAwsAccessKeyId,
  isWellKnownToken,
  looksLikeToken,
  looksRandom,
  nameVerdict,
} from './secret-model.ts';
import { maskSecrets } from './secrets.ts';

/** Parameters AWS signs with (SigV4 presigned URLs), by lower-cased name. */
const AWS_QUERY: Record<string, string> = {
  'x-amz-signature': '<signature>',
  'x-amz-security-token': '<session-token>',
};

/**
 * The secret model's rule for a query or fragment parameter, as redaction applies it: a credential's
 * name (`access_token`, `api_key`), a sometimes-name (`key`, `sig`, `code`) holding a random value,
 * or a value of a known token shape under any name.
 */
function isSecretParameter(name: string, value: string): boolean {
  const verdict = nameVerdict(name);
  if (verdict === 'secret') return true;
  const decoded = decodedComponent(value);
  if (verdict === 'if-token' && looksRandom(decoded)) return true;
  return isWellKnownToken(decoded) || isAwsAccessKeyId(decoded);
}

function placeholder(name: string): string {
  const bare = name
    .toLowerCase()
    .replace(/^x-/, '')
    .replace(/[^a-z0-9_-]/g, '');
  return `<${bare === '' ? 'redacted' : bare}>`;
}

function decodedComponent(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** `X-Amz-Credential=AKIA…/20261125/us-east-1/execute-api/aws4_request`: the key id goes, the scope stays. */
function credentialValue(value: string): string {
  const slash = value.search(/\/|%2f/i);
  return slash < 0 ? '<access-key-id>' : `<access-key-id>${value.slice(slash)}`;
}

/** `name=value` pairs after `?` or `&` (or `;`): each secret value becomes a placeholder. */
function redactPairs(pairs: string): string {
  return pairs.replace(
    /(^|[&;?])([^=&;#?]*)=([^&;#]*)/g,
    (whole, separator: string, rawName: string, value: string) => {
      if (value === '') return whole;
      const name = decodedComponent(rawName).trim().toLowerCase();
      const known = AWS_QUERY[name];
      if (known) return `${separator}${rawName}=${known}`;
      if (name === 'x-amz-credential') return `${separator}${rawName}=${credentialValue(value)}`;
      return isSecretParameter(name, value) ? `${separator}${rawName}=${placeholder(name)}` : whole;
    },
  );
}

/** `scheme://user:password@host`: the password goes (the user name stays, it says which account). */
function redactUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i, (whole, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    if (colon < 0) return looksLikeToken(userinfo) || userinfo.length >= 20 ? `${scheme}<user>@` : whole;
    return `${scheme}${userinfo.slice(0, colon)}:<password>@`;
  });
}

export function redactUrl(url: string): string {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? undefined : url.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  const base = redactUserinfo(question < 0 ? beforeHash : beforeHash.slice(0, question));
  const query = question < 0 ? '' : `?${redactPairs(beforeHash.slice(question + 1))}`;
  // A fragment holds `access_token=…` (OAuth implicit flow) or, rarely, a bare token.
  const fragmentText =
    fragment === undefined ? '' : `#${fragment.includes('=') ? redactPairs(fragment) : fragment}`;
  // A JWT anywhere (a path segment, an unnamed parameter) keeps its claims and loses its signature.
  return maskSecrets(`${base}${query}${fragmentText}`);
}
