import { fact, headerFact, statusFact } from '../evidence-fact.ts';
import { headerValue } from '../exchange.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Evidence } from '../types.ts';
import type { Observations } from './observe.ts';

/** The error as it appeared on the wire: status, error type, message (or that there was none). */
export function wireFacts(a: ExchangeFacts, o: Observations): Evidence[] {
  const facts: Evidence[] = [];
  if (o.status !== undefined) facts.push(statusFact(a.exchange.status));
  const rawType = headerValue(a.exchange.responseHeaders, 'x-amzn-errortype');
  if (rawType !== undefined) facts.push(headerFact('x-amzn-errortype', rawType));
  if (o.wire.message !== undefined && o.wire.message !== '')
    facts.push(fact('body', 'message', o.wire.message));
  else if (a.exchange.body.kind === 'empty') facts.push(fact('absence', 'body_empty'));
  else if (a.exchange.body.kind === 'absent') facts.push(fact('absence', 'body_not_captured'));
  return facts;
}

/** Where the request went, in words. */
export function hostFact(a: ExchangeFacts, o: Observations): Evidence | undefined {
  switch (o.host) {
    case 'execute-api':
      return fact('host', 'execute_api_host', a.exchange.host);
    case 'private-alias':
      return fact('host', 'private_api_via', a.endpoint.vpceId ?? '?');
    case 'vpce-dns':
      return fact('host', 'vpce_public_dns', a.exchange.host);
    case 'custom':
      return fact('host', 'custom_domain', a.exchange.host);
    case 'aws-service':
      return fact('host', 'aws_service', o.awsService ?? a.exchange.host);
    default:
      return undefined;
  }
}

/** How the request authenticated. */
export function authFact(a: ExchangeFacts, o: Observations): Evidence | undefined {
  switch (o.auth) {
    case 'sigv4':
      return fact('sigv4', 'signed', a.sigv4?.source ?? 'header', a.sigv4?.accessKeyId ?? '?');
    case 'none':
      return fact('absence', 'unsigned');
    case undefined:
      return undefined;
    default:
      return fact('request', 'authorization_sent', a.authorization?.scheme ?? '?');
  }
}

export function apiKeyFact(a: ExchangeFacts, o: Observations): Evidence | undefined {
  if (o.apiKey === undefined) return undefined;
  if (a.apiKey.misnamed) return fact('request', 'api_key_misnamed', a.apiKey.misnamed);
  if (a.apiKey.blank) return fact('request', 'api_key_blank');
  if (a.apiKey.padded) return fact('request', 'api_key_padded');
  return a.apiKey.sent ? fact('request', 'api_key_sent') : fact('absence', 'no_api_key');
}

export function preflightFact(a: ExchangeFacts): Evidence {
  const requested = headerValue(a.exchange.requestHeaders, 'access-control-request-method');
  return fact('request', 'preflight', requested ?? '?');
}

export function corsFacts(a: ExchangeFacts): Evidence[] {
  return a.crossOrigin
    ? [fact('request', 'cross_origin_from', a.crossOrigin), fact('absence', 'no_acao')]
    : [];
}
