import { headerFact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { DOCS } from './commands.ts';
import { tokenFacts } from './token-facts.ts';

export const model: CauseModel<'jwt-invalid-token-401'> = {
  id: 'jwt-invalid-token-401',
  // Basis: HTTP API JWT authorizers rejecting expired tokens, wrong audiences, ID tokens; common.
  // Dev corpus: 2 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.011,
  layer: 'gateway',
  flavor: 'http',
  wire: { unauthorized: 0.92 },
  status: { '401': 0.95, '403': 0.02, 'other-4xx': 0.03 },
  auth: { 'bearer-jwt': 0.8, 'bearer-other': 0.08, 'raw-token': 0.05, none: 0.05, sigv4: 0.01 },
  weigh(a) {
    const weights: Weight[] = [];
    const www = a.wwwAuthenticate;
    if (www?.error === 'invalid_token')
      weights.push({ lr: 60, fact: headerFact('www-authenticate', www.raw) });
    else if (www?.error) weights.push({ lr: 0.02 });
    else if (!a.exchange.unseen?.responseHeaders) weights.push({ lr: 0.5 });
    const expired =
      a.bearer?.findings.some((f) => f.kind === 'expired' || f.kind === 'not-yet-valid') ?? false;
    if (expired) weights.push({ lr: 8 });
    return [...weights, ...tokenFacts(a).map((fact) => ({ lr: 1, fact }))];
  },
  wording: 'cause_jwt_invalid_token_401',
  docUrl: `${DOCS}/http-api-troubleshooting-jwt.html`,
  gatewayLogs: true,
  commands: (f) => [
    `aws apigatewayv2 get-authorizers --api-id ${f.api} --region ${f.region} --query 'Items[].[Name, JwtConfiguration.Issuer, join(\`,\`, JwtConfiguration.Audience)]' --output text`,
  ],
};
