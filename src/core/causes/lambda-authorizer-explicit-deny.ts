import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { authorizers, KC } from './commands.ts';
import { TOKEN } from './shared.ts';

export const model: CauseModel<'lambda-authorizer-explicit-deny'> = {
  id: 'lambda-authorizer-explicit-deny',
  // Basis: one of the most reported REST texts; HTTP API Lambda authorizers answer a deny with a bare Forbidden.
  // Dev corpus: 1 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.007,
  layer: 'gateway',
  flavor: 'any',
  // Older API Gateway versions wrote the implicit text for explicit denies too.
  wire: { 'authorizer-explicit-deny': 0.62, 'authorizer-implicit-deny': 0.15, forbidden: 0.2 },
  auth: TOKEN,
  weigh(_a, o) {
    return o.fingerprint === 'http-ids' && o.wire.classes.includes('forbidden')
      ? // Naive Bayes would count wire and headers as independent: on an HTTP API, a Forbidden to a
        // request carrying a token is mostly this authorizer's deny.
        [{ lr: 3, fact: fact('host', 'http_api_authorizer') }]
      : [];
  },
  wording: 'cause_lambda_authorizer_explicit_deny',
  docUrl: `${KC}/api-gateway-403-error-lambda-authorizer`,
  gatewayLogs: true,
  commands: (f) => [
    authorizers(f),
    `aws apigateway test-invoke-authorizer --rest-api-id ${f.api} --authorizer-id <authorizer-id> --headers Authorization=<token> --region ${f.region}`,
    `aws logs tail /aws/lambda/<authorizer-function> --since 1h --region ${f.region}`,
  ],
};
