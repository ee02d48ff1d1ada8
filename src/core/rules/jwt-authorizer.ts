import { fact, headerFact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { JwtFinding } from '../jwt.ts';
import { jwtAudience, jwtScopes } from '../jwt.ts';
import type { Evidence } from '../types.ts';
import { gatewayRejected, wireEvidence } from './evidence.ts';
import { EXAMPLE_JWT, entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

function findingFact(finding: JwtFinding): Evidence {
  switch (finding.kind) {
    case 'expired':
      return fact('jwt', 'jwt_expired', finding.exp, String(finding.by));
    case 'not-yet-valid':
      return fact('jwt', 'jwt_not_yet_valid', finding.nbf, String(finding.by));
    case 'issued-in-future':
      return fact('jwt', 'jwt_issued_future', finding.iat, String(finding.by));
    case 'id-token':
      return fact('jwt', 'jwt_id_token');
  }
}

/** What the decoded bearer token shows (claims without the signature). */
export function tokenEvidence(a: ExchangeFacts): Evidence[] {
  const bearer = a.bearer;
  if (!bearer) return [fact('absence', 'no_bearer')];
  if (!bearer.claims) return [fact('jwt', 'not_jwt', bearer.notJwt ?? '?')];
  const claims = bearer.claims;
  const facts: Evidence[] = bearer.findings.map(findingFact);
  if (claims.iss) facts.push(fact('jwt', 'jwt_iss', claims.iss));
  const audience = jwtAudience(claims);
  if (audience.length > 0) facts.push(fact('jwt', 'jwt_aud', audience.join(', ')));
  const scopes = jwtScopes(claims);
  facts.push(scopes.length > 0 ? fact('jwt', 'jwt_scopes', scopes.join(' ')) : fact('jwt', 'jwt_no_scope'));
  return facts;
}

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
      evidence: [...wireEvidence(a), ...wwwAuthenticateEvidence(a), ...tokenEvidence(a)],
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
    return { score: 88, evidence: [...wireEvidence(a), ...wwwAuthenticateEvidence(a), ...tokenEvidence(a)] };
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
