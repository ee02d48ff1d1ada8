import { isAwsAccessKeyId, isSecretHeaderName, isWellKnownToken } from './secret-model.ts';
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

/** `x-api-key` → `<api-key>`, `x-amz-security-token` → `<security-token>`: the name says what was there. */
function placeholder(name: string): string {
  return `<${name.toLowerCase().replace(/^x-(?:amz-)?/, '')}>`;
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

/** A header value as the safe command shows it: the secret model decides by the name, then by the value's shape. */
function maskedHeader(name: string, value: string): string {
  if (name === 'authorization' || name === 'proxy-authorization') return maskedAuthorization(value);
  if (isSecretHeaderName(name)) return placeholder(name);
  const token = value.trim();
  return isWellKnownToken(token) || isAwsAccessKeyId(token) ? '<token>' : maskSecrets(value);
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
    const value = reveal ? header.value : maskedHeader(header.name, header.value);
    parts.push(`-H ${shellQuote(`${header.name}: ${value}`)}`);
  }
  const body = exchange.requestBody?.text;
  if (body)
    parts.push(
      `--data-raw ${shellQuote(reveal ? body : body.length > 2000 ? `${body.slice(0, 2000)}…` : body)}`,
    );
  return parts.join(' \\\n  ');
}
