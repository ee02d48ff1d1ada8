import { fact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Distribution, Weight } from '../model/cause-model.ts';
import type { AuthKind } from '../model/observe.ts';
import type { WireClass } from '../model/wire.ts';
import type { Evidence } from '../types.ts';

/** The bare `{"message":"Forbidden"}` answer several causes share (or no body at all). */
export const BARE_FORBIDDEN: Distribution<WireClass> = {
  forbidden: 0.9,
  // API Gateway's own Forbidden always has a body; an empty one points at WAF.
  empty: 0.01,
  'invalid-key-text': 0.01,
};

/** A SigV4-signed request (the cause needs a signature to exist). */
export const SIGNED: Distribution<AuthKind> = {
  sigv4: 0.86,
  // Reports often quote some request headers but not Authorization.
  none: 0.1,
  'bearer-jwt': 0.015,
  'bearer-other': 0.01,
  'raw-token': 0.015,
};

/** No Authorization header (the cause is about an unsigned call). */
export const UNSIGNED: Distribution<AuthKind> = {
  none: 0.82,
  'bearer-jwt': 0.05,
  'raw-token': 0.05,
  'bearer-other': 0.04,
  sigv4: 0.04,
};

/** A token (not SigV4) in Authorization: what API Gateway then tries to read as SigV4. */
export const NON_SIGV4: Distribution<AuthKind> = {
  'bearer-jwt': 0.5,
  'bearer-other': 0.15,
  'raw-token': 0.3,
  sigv4: 0.02,
  none: 0.03,
};

/** An authorizer's token: usually in Authorization, sometimes in another header. */
export const TOKEN: Distribution<AuthKind> = {
  'bearer-jwt': 0.42,
  'bearer-other': 0.14,
  'raw-token': 0.22,
  none: 0.2,
  sigv4: 0.02,
};

export function routeWorked(a: ExchangeFacts): boolean {
  return a.history.pathsThatWorked.includes(`${a.exchange.method} ${a.exchange.path}`);
}

export function signedCalls(a: ExchangeFacts): Weight[] {
  return a.history.signedCalls > 0
    ? [{ lr: 8, fact: fact('context', 'signed_calls', String(a.history.signedCalls)) }]
    : [];
}

/** The ARN and caller an IAM message quotes. */
export function arnFacts(a: ExchangeFacts): Evidence[] {
  const facts: Evidence[] = [];
  if (a.principal) facts.push(fact('body', 'caller', a.principal));
  if (a.arn) facts.push(fact('body', 'resource', a.arn.arn));
  return facts;
}

/** Facts shown without weighing: they explain, they do not discriminate. */
export function shown(...facts: Evidence[]): Weight[] {
  return facts.map((f) => ({ lr: 1, fact: f }));
}

/** Other successful calls to this API: the API, stage and endpoint are reachable. */
export function reachable(a: ExchangeFacts): Weight[] {
  return a.history.successes > 0 ? [{ lr: 0.05 }] : [];
}
