import { tokenFacts } from '../causes/token-facts.ts';
import { headerFact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Evidence } from '../types.ts';
import { gatewayRejected, wireEvidence } from './evidence.ts';
import { EXAMPLE_JWT, entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

function wwwAuthenticateEvidence(a: ExchangeFacts): Evidence[] {
  return a.wwwAuthenticate ? [headerFact('www-authenticate', a.wwwAuthenticate.raw)] : [];
}

export const jwtInvalidToken401: Rule = {
  id: 'jwt-invalid-token-401',
  match(a) {
    if (!gatewayRejected(a)) return undefined;
    const invalidToken = a.wwwAuthenticate?.error === 'invalid_token';
    const expiredJwt =
      a.exchange.status === 401 &&
      a.origin.api === 'http' &&
      (a.bearer?.findings.some((f) => f.kind === 'expired' || f.kind === 'not-yet-valid') ?? false);
    if (!invalidToken && !expiredJwt) return undefined;
    return {
      score: invalidToken ? 93 : 90,
      evidence: [...wireEvidence(a), ...wwwAuthenticateEvidence(a), ...tokenFacts(a)],
    };
  },
  examples: [
    {
      name: 'HTTP API JWT authorizer, expired token',
      entry: entry({
        url: `${HOSTS.http}/orders`,
        status: 401,
        flavor: 'http',
        body: { message: 'Unauthorized' },
        requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.expired}` },
        responseHeaders: {
          'www-authenticate':
            'Bearer scope="" error="invalid_token" error_description="the token has expired"',
        },
      }),
    },
    {
      name: 'wrong audience',
      entry: entry({
        url: `${HOSTS.http}/orders`,
        status: 401,
        flavor: 'http',
        body: { message: 'Unauthorized' },
        requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.idToken}` },
        responseHeaders: {
          'www-authenticate':
            'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
        },
      }),
    },
  ],
};

export const jwtInsufficientScope: Rule = {
  id: 'jwt-insufficient-scope',
  match(a) {
    if (!gatewayRejected(a) || a.wwwAuthenticate?.error !== 'insufficient_scope') return undefined;
    return { score: 88, evidence: [...wireEvidence(a), ...wwwAuthenticateEvidence(a), ...tokenFacts(a)] };
  },
  examples: [
    {
      name: 'route requires orders/write',
      entry: entry({
        method: 'DELETE',
        url: `${HOSTS.http}/orders/42`,
        flavor: 'http',
        body: { message: 'Forbidden' },
        requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
        responseHeaders: { 'www-authenticate': 'Bearer scope="orders/write" error="insufficient_scope"' },
      }),
    },
  ],
};

export const jwtAuthorizerRules = [jwtInvalidToken401, jwtInsufficientScope];
