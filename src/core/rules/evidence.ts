import { fact, headerFact, statusFact } from '../evidence-fact.ts';
import { headerValue } from '../exchange.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Evidence } from '../types.ts';

/** The error type and message as they appeared on the wire. */
export function wireEvidence(a: ExchangeFacts): Evidence[] {
  const facts: Evidence[] = [statusFact(a.exchange.status)];
  const rawType = headerValue(a.exchange.responseHeaders, 'x-amzn-errortype');
  if (rawType !== undefined) facts.push(headerFact('x-amzn-errortype', rawType));
  if (a.error.message !== undefined) facts.push(messageFact(a.error.message.split('\n')[0] ?? ''));
  else if (a.exchange.body.kind === 'empty') facts.push(fact('absence', 'body_empty'));
  else if (a.exchange.body.kind === 'absent') facts.push(fact('absence', 'body_not_captured'));
  return facts;
}

/** True when API Gateway itself (not a layer in front) produced a 4xx. */
export function gatewayRejected(a: ExchangeFacts): boolean {
  return a.origin.layer === 'api-gateway' && a.exchange.status >= 400 && a.exchange.status < 500;
}

export function messageStarts(a: ExchangeFacts, prefix: string): boolean {
  return a.error.normalized.startsWith(prefix);
}

export function messageHas(a: ExchangeFacts, fragment: string): boolean {
  return a.error.normalized.includes(fragment);
}

export function errorTypeIs(a: ExchangeFacts, ...types: string[]): boolean {
  return (
    a.error.errorType !== undefined && types.some((t) => t.toLowerCase() === a.error.errorType?.toLowerCase())
  );
}

/** The generic `Forbidden` answer several causes share (ForbiddenException, possibly with an empty body). */
export function isBareForbidden(a: ExchangeFacts): boolean {
  if (!gatewayRejected(a)) return false;
  if (a.wwwAuthenticate?.error) return false;
  const forbiddenText = a.error.normalized === 'forbidden';
  const silentBody =
    a.error.message === undefined && (a.exchange.body.kind === 'empty' || a.exchange.body.kind === 'absent');
  return forbiddenText || (errorTypeIs(a, 'ForbiddenException') && (silentBody || a.error.normalized === ''));
}

/** No Authorization header and no presigned query. */
export function isUnsigned(a: ExchangeFacts): boolean {
  return a.authorization === undefined && a.sigv4 === undefined;
}

export function apiKeyEvidence(a: ExchangeFacts): Evidence {
  if (a.apiKey.misnamed) return fact('request', 'api_key_misnamed', a.apiKey.misnamed);
  if (a.apiKey.blank) return fact('request', 'api_key_blank');
  if (a.apiKey.padded) return fact('request', 'api_key_padded');
  return a.apiKey.sent ? fact('request', 'api_key_sent') : fact('absence', 'no_api_key');
}

/** The error message quoted from the body. */
export function messageFact(text: string): Evidence {
  return fact('body', 'message', text);
}

/**
 * An AccessDeniedException whose text a customized ACCESS_DENIED gateway response replaced: the
 * error type is all that is left to tell IAM, resource policy and authorizer denials apart.
 */
export function isCustomizedAccessDenied(a: ExchangeFacts): boolean {
  return (
    gatewayRejected(a) &&
    errorTypeIs(a, 'AccessDeniedException') &&
    !/^user\b|security token/.test(a.error.normalized)
  );
}
