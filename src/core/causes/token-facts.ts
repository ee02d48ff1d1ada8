import { fact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { JwtFinding } from '../jwt.ts';
import { jwtAudience, jwtScopes } from '../jwt.ts';
import { requestHeadersPartial } from '../model/observe.ts';
import type { Evidence } from '../types.ts';

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
export function tokenFacts(a: ExchangeFacts): Evidence[] {
  const bearer = a.bearer;
  if (!bearer) return requestHeadersPartial(a) ? [] : [fact('absence', 'no_bearer')];
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
