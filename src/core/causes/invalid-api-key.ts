import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { DOCS, methodAuth } from './commands.ts';
import { BARE_FORBIDDEN } from './shared.ts';

export const model: CauseModel<'invalid-api-key'> = {
  id: 'invalid-api-key',
  // Basis: the most reported cause of a bare Forbidden: key missing, disabled, of another plan, or
  // not in a usage plan for this stage. A key that was sent is still the likeliest culprit.
  // Dev corpus: 9 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.041,
  layer: 'gateway',
  flavor: 'rest',
  wire: { ...BARE_FORBIDDEN, 'invalid-key-text': 0.06 },
  // API keys exist on REST APIs only, and not behind a vpce public DNS name without the api id.
  host: { 'execute-api': 0.72, custom: 0.27, 'private-alias': 0.01 },
  apiKey: { sent: 0.45, problem: 0.1, none: 0.45 },
  weigh(a, o) {
    if (a.history.apiKeySuccesses === 0) return [];
    // A key that worked on this API elsewhere in the session is probably a good key.
    if (o.apiKey === 'sent') return [{ lr: 0.3 }];
    if (o.apiKey !== 'none') return [];
    return [{ lr: 5, fact: fact('context', 'api_key_successes', String(a.history.apiKeySuccesses)) }];
  },
  wording: 'cause_invalid_api_key',
  docUrl: `${DOCS}/api-gateway-api-usage-plans.html`,
  gatewayLogs: true,
  commands: (f) => [
    methodAuth(f),
    `aws apigateway get-rest-api --rest-api-id ${f.api} --region ${f.region} --query apiKeySource`,
    `aws apigateway get-api-keys --region ${f.region} --query 'items[].[id, name, enabled]' --output text`,
    `aws apigateway get-usage-plans --key-id <api-key-id> --region ${f.region} --query 'items[].apiStages'`,
  ],
};
