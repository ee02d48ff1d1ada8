import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { authorizers, KC } from './commands.ts';
import { shown, TOKEN } from './shared.ts';

export const model: CauseModel<'lambda-authorizer-implicit-deny'> = {
  id: 'lambda-authorizer-implicit-deny',
  // Basis: the policy returned for one method ARN and cached for others is a classic report.
  // Dev corpus: 5 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.024,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'authorizer-implicit-deny': 0.85, forbidden: 0.04 },
  auth: TOKEN,
  weigh(a, o) {
    if (!o.wire.classes.includes('authorizer-implicit-deny')) return [];
    const arn = `${a.endpoint.stage ?? '<stage>'}/${a.exchange.method || '<method>'}${a.endpoint.resourcePath}`;
    return shown(fact('path', 'policy_must_allow_arn', arn));
  },
  wording: 'cause_lambda_authorizer_implicit_deny',
  docUrl: `${KC}/api-gateway-403-error-lambda-authorizer`,
  gatewayLogs: true,
  commands: (f) => [
    authorizers(f),
    `aws apigateway flush-stage-authorizers-cache --rest-api-id ${f.api} --stage-name ${f.stage} --region ${f.region}`,
    `aws logs tail /aws/lambda/<authorizer-function> --since 1h --region ${f.region}`,
  ],
};
