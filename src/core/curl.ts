import { maskSecrets } from './secrets.ts';
import { authorizationShape } from './sigv4.ts';
import type { Exchange } from './types.ts';
import { redactUrl } from './url-redaction.ts';

/** Headers curl computes itself or that would break a replay from a terminal. */
const SKIPPED = new Set([
  'content-length',
  'connection',
  'accept-encoding',
  'keep-alive',
  'transfer-encoding',
]);

const SECRET_HEADERS: Record<string, string> = {
  'x-api-key': '<api-key>',
  'x-amz-security-token': '<session-token>',
  cookie: '<cookie>',
  'proxy-authorization': '<proxy-credentials>',
};

/** Names that usually carry a credential, whatever the app calls them (`api-key`, `x-auth`, `access_token` …). */
const SECRET_NAME =
  /(^|[-_])(api[-_]?key|apikey|key|token|secret|password|passwd|session|signature|credential|auth)([-_]|$)|cookie/i;

function placeholder(name: string): string {
  return `<${name.toLowerCase().replace(/^x-/, '')}>`;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Keeps the scheme and the SigV4 scope (what diagnosis needs), hides the secret parts. */
function maskedAuthorization(value: string): string {
  const shape = authorizationShape(value);
  if (shape.scheme === 'sigv4') {
    return value
      .replace(/Credential=\s*[^/,\s]+/, 'Credential=<access-key-id>')
      .replace(/Signature=\s*[0-9a-fA-F]+/, 'Signature=<signature>');
  }
  if (shape.scheme === 'raw-token') return '<token>';
  return `${value.trim().split(/\s+/)[0]} <token>`;
}

/** `curl -v` for this exact request; secrets become placeholders unless `revealSecrets`. */
export function curlCommand(exchange: Exchange, options: { revealSecrets?: boolean } = {}): string {
  const reveal = options.revealSecrets === true;
  const parts = ['curl -v'];
  if (exchange.method !== 'GET' || exchange.requestBody?.text) {
    // The method comes from the capture too: a HAR from a stranger can put `;` or `$(…)` in it.
    parts.push(
      `-X ${/^[A-Z0-9_-]+$/i.test(exchange.method) ? exchange.method : shellQuote(exchange.method)}`,
    );
  }
  parts.push(shellQuote(reveal ? exchange.url : redactUrl(exchange.url)));
  for (const header of exchange.requestHeaders) {
    if (header.name.startsWith(':') || SKIPPED.has(header.name)) continue;
    let value = header.value;
    if (!reveal) {
      if (header.name === 'authorization') value = maskedAuthorization(value);
      else if (SECRET_HEADERS[header.name]) value = SECRET_HEADERS[header.name] ?? value;
      else if (SECRET_NAME.test(header.name)) value = placeholder(header.name);
      else value = maskSecrets(value);
    }
    parts.push(`-H ${shellQuote(`${header.name}: ${value}`)}`);
  }
  const body = exchange.requestBody?.text;
  if (body)
    parts.push(
      `--data-raw ${shellQuote(reveal ? body : body.length > 2000 ? `${body.slice(0, 2000)}…` : body)}`,
    );
  return parts.join(' \\\n  ');
}
