import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { KC, redeploy } from './commands.ts';
import { shown } from './shared.ts';

export const model: CauseModel<'cors-preflight-403'> = {
  id: 'cors-preflight-403',
  // Basis: OPTIONS without a method, or behind an authorizer / API key; a frequent "CORS error" report.
  // Dev corpus: 10 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.046,
  layer: 'gateway',
  flavor: 'any',
  wire: {
    'missing-token': 0.45,
    forbidden: 0.25,
    unauthorized: 0.12,
    'app-body': 0.1,
    empty: 0.05,
    'authorizer-explicit-deny': 0.02,
    'iam-anonymous': 0.02,
  },
  status: { '403': 0.75, '401': 0.15, 'other-4xx': 0.1 },
  // The integration may answer a preflight itself (an ANY method behind a Lambda proxy).
  fingerprint: { 'rest-error': 0.4, 'rest-ids': 0.15, 'http-ids': 0.15, none: 0.3 },
  preflight: 0.95,
  weigh: (_a, o) => (o.preflight ? shown(fact('context', 'real_request_not_sent')) : []),
  wording: 'cause_cors_preflight_403',
  docUrl: `${KC}/api-gateway-cors-errors`,
  gatewayLogs: true,
  commands: (f) =>
    f.service === 'apigateway'
      ? [
          `aws apigateway get-resources --rest-api-id ${f.api} --region ${f.region} --query 'items[?resourceMethods.OPTIONS == null].path'`,
          redeploy(f),
        ]
      : [`aws apigatewayv2 get-api --api-id ${f.api} --region ${f.region} --query CorsConfiguration`],
};
