import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { DOCS } from './commands.ts';
import { BARE_FORBIDDEN, reachable } from './shared.ts';

export const model: CauseModel<'default-endpoint-disabled'> = {
  id: 'default-endpoint-disabled',
  // Basis: the execute-api endpoint turned off in favour of a custom domain; rare in reports.
  // Dev corpus: 1 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.007,
  layer: 'gateway',
  flavor: 'any',
  wire: BARE_FORBIDDEN,
  host: { 'execute-api': 0.97 },
  weigh(a, o) {
    const weights: Weight[] = reachable(a);
    const domains = a.context.gatewayDomains;
    if (o.host === 'execute-api' && domains.length > 0 && a.history.successes === 0) {
      weights.push({ lr: 100, fact: fact('context', 'gateway_domains', domains.join(', ')) });
    }
    return weights;
  },
  wording: 'cause_default_endpoint_disabled',
  docUrl: `${DOCS}/rest-api-disable-default-endpoint.html`,
  gatewayLogs: false,
  commands: (f) => [
    `aws ${f.service} get-${f.service === 'apigateway' ? 'rest-api' : 'api'} ${f.apiFlag} ${f.api} --region ${f.region} --query disableExecuteApiEndpoint`,
  ],
};
