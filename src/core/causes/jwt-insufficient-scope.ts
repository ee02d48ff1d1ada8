import { headerFact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { DOCS } from './commands.ts';
import { tokenFacts } from './token-facts.ts';

export const model: CauseModel<'jwt-insufficient-scope'> = {
  id: 'jwt-insufficient-scope',
  // Basis: HTTP API routes with authorization scopes the token lacks; occasional.
  // Dev corpus: 0 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.002,
  layer: 'gateway',
  flavor: 'http',
  wire: { forbidden: 0.85 },
  auth: { 'bearer-jwt': 0.9, 'bearer-other': 0.05, 'raw-token': 0.03, none: 0.01, sigv4: 0.01 },
  weigh(a) {
    const www = a.wwwAuthenticate;
    const weights: Weight[] = [];
    if (www?.error === 'insufficient_scope')
      weights.push({ lr: 100, fact: headerFact('www-authenticate', www.raw) });
    else if (www?.error) weights.push({ lr: 0.02 });
    // HTTP APIs always name the missing scope in www-authenticate.
    else if (!a.exchange.unseen?.responseHeaders) weights.push({ lr: 0.2 });
    return [...weights, ...tokenFacts(a).map((fact) => ({ lr: 1, fact }))];
  },
  wording: 'cause_jwt_insufficient_scope',
  docUrl: `${DOCS}/http-api-jwt-authorizer.html`,
  gatewayLogs: true,
  commands: (f) => [
    `aws apigatewayv2 get-routes --api-id ${f.api} --region ${f.region} --query 'Items[].[RouteKey, join(\` \`, AuthorizationScopes || \`[]\`)]' --output text`,
  ],
};
