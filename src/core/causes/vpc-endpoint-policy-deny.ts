import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { DOCS, endpointPolicy, policy } from './commands.ts';
import { arnFacts, shown } from './shared.ts';

export const model: CauseModel<'vpc-endpoint-policy-deny'> = {
  id: 'vpc-endpoint-policy-deny',
  // Basis: private APIs only; rare in reports.
  // Dev corpus: 0 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.002,
  layer: 'gateway',
  flavor: 'rest',
  wire: { 'vpce-policy': 0.95 },
  // A private API called through private DNS keeps the ordinary execute-api name.
  host: { 'private-alias': 0.3, 'vpce-dns': 0.2, 'execute-api': 0.45, custom: 0.05 },
  weigh(a) {
    const endpoint = a.endpoint.vpceId ? [fact('host', 'vpc_endpoint', a.endpoint.vpceId)] : [];
    return shown(...arnFacts(a), ...endpoint);
  },
  wording: 'cause_vpc_endpoint_policy_deny',
  docUrl: `${DOCS}/apigateway-vpc-endpoint-policies.html`,
  gatewayLogs: true,
  commands: (f) => [endpointPolicy(f), policy(f)],
};
