import type { Analysis } from '../analysis.ts';
import { headerValue } from '../exchange.ts';
import type { Evidence } from '../types.ts';

/** Facts every rule quotes the same way. */
export const evidence = {
  header: (name: string, value: string): Evidence => ({ kind: 'header', detail: `${name}: ${value}` }),
  message: (text: string): Evidence => ({ kind: 'body', detail: `message: "${text}"` }),
  host: (detail: string): Evidence => ({ kind: 'host', detail }),
  path: (detail: string): Evidence => ({ kind: 'path', detail }),
  status: (status: number): Evidence => ({ kind: 'status', detail: `HTTP ${status}` }),
  absence: (detail: string): Evidence => ({ kind: 'absence', detail }),
  context: (detail: string): Evidence => ({ kind: 'context', detail }),
  sigv4: (detail: string): Evidence => ({ kind: 'sigv4', detail }),
  jwt: (detail: string): Evidence => ({ kind: 'jwt', detail }),
  request: (detail: string): Evidence => ({ kind: 'request', detail }),
};

/** The error type and message as they appeared on the wire. */
export function wireEvidence(a: Analysis): Evidence[] {
  const facts: Evidence[] = [evidence.status(a.exchange.status)];
  const rawType = headerValue(a.exchange.responseHeaders, 'x-amzn-errortype');
  if (rawType !== undefined) facts.push(evidence.header('x-amzn-errortype', rawType));
  if (a.error.message !== undefined) facts.push(evidence.message(a.error.message.split('\n')[0] ?? ''));
  else if (a.exchange.body.kind === 'empty') facts.push(evidence.absence('empty response body'));
  else if (a.exchange.body.kind === 'absent') facts.push(evidence.absence('response body not captured'));
  return facts;
}

/** True when API Gateway itself (not a layer in front) produced a 4xx. */
export function gatewayRejected(a: Analysis): boolean {
  return a.origin.layer === 'api-gateway' && a.exchange.status >= 400 && a.exchange.status < 500;
}

export function messageStarts(a: Analysis, prefix: string): boolean {
  return a.error.normalized.startsWith(prefix);
}

export function messageHas(a: Analysis, fragment: string): boolean {
  return a.error.normalized.includes(fragment);
}

export function errorTypeIs(a: Analysis, ...types: string[]): boolean {
  return (
    a.error.errorType !== undefined && types.some((t) => t.toLowerCase() === a.error.errorType?.toLowerCase())
  );
}

/** The generic `Forbidden` answer several causes share (ForbiddenException, possibly with an empty body). */
export function isBareForbidden(a: Analysis): boolean {
  if (!gatewayRejected(a)) return false;
  if (a.wwwAuthenticate?.error) return false;
  const forbiddenText = a.error.normalized === 'forbidden';
  const silentBody =
    a.error.message === undefined && (a.exchange.body.kind === 'empty' || a.exchange.body.kind === 'absent');
  return forbiddenText || (errorTypeIs(a, 'ForbiddenException') && (silentBody || a.error.normalized === ''));
}

/** No Authorization header and no presigned query. */
export function isUnsigned(a: Analysis): boolean {
  return a.authorization === undefined && a.sigv4 === undefined;
}

export function apiKeyEvidence(a: Analysis): Evidence {
  if (a.apiKey.misnamed) return evidence.request(`API key sent as "${a.apiKey.misnamed}", not x-api-key`);
  if (a.apiKey.blank) return evidence.request('x-api-key header is empty');
  if (a.apiKey.padded) return evidence.request('x-api-key value has leading or trailing whitespace');
  return a.apiKey.sent ? evidence.request('x-api-key header sent') : evidence.absence('no x-api-key header');
}
