import type { Analysis } from '../analysis.ts';
import type { JwtFinding } from '../jwt.ts';
import { jwtAudience, jwtScopes } from '../jwt.ts';
import type { Evidence } from '../types.ts';
import { evidence, gatewayRejected, wireEvidence } from './evidence.ts';
import { EXAMPLE_JWT, entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

function describeFinding(finding: JwtFinding): string {
  switch (finding.kind) {
    case 'expired':
      return `token expired at ${finding.exp} (${finding.by} s before the response Date)`;
    case 'not-yet-valid':
      return `token not valid before ${finding.nbf} (${finding.by} s after the response Date)`;
    case 'issued-in-future':
      return `token issued at ${finding.iat}, ${finding.by} s after the response Date`;
    case 'id-token':
      return 'token_use is "id": an ID token, where JWT authorizers usually expect an access token';
  }
}

/** What the decoded bearer token shows (claims without the signature). */
export function tokenEvidence(a: Analysis): Evidence[] {
  const bearer = a.bearer;
  if (!bearer) return [evidence.absence('no Bearer token in Authorization')];
  if (!bearer.claims) return [evidence.jwt(`Authorization token is not a JWT (${bearer.notJwt})`)];
  const claims = bearer.claims;
  const facts: Evidence[] = bearer.findings.map((finding) => evidence.jwt(describeFinding(finding)));
  if (claims.iss) facts.push(evidence.jwt(`iss: ${claims.iss}`));
  const audience = jwtAudience(claims);
  if (audience.length > 0) facts.push(evidence.jwt(`aud/client_id: ${audience.join(', ')}`));
  const scopes = jwtScopes(claims);
  facts.push(evidence.jwt(scopes.length > 0 ? `scopes: ${scopes.join(' ')}` : 'no scope/scp claim'));
  return facts;
}

function wwwAuthenticateEvidence(a: Analysis): Evidence[] {
  return a.wwwAuthenticate ? [evidence.header('www-authenticate', a.wwwAuthenticate.raw)] : [];
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
