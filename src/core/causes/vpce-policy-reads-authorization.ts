import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { DOCS, endpointPolicy } from './commands.ts';
import { NON_SIGV4 } from './shared.ts';

const PRIVATE_ADDRESS = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|f[cd][0-9a-f]{2}:)/i;

export const model: CauseModel<'vpce-policy-reads-authorization'> = {
  id: 'vpce-policy-reads-authorization',
  // Basis: a non-default VPC endpoint policy makes the gateway read Authorization on NONE methods; rare.
  // Dev corpus: 0 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.002,
  layer: 'gateway',
  flavor: 'rest',
  wire: { 'incomplete-signature': 0.6, 'signature-mismatch': 0.25 },
  host: { 'private-alias': 0.5, 'vpce-dns': 0.3, 'execute-api': 0.18 },
  auth: NON_SIGV4,
  weigh(a) {
    const weights: Weight[] = [];
    if (a.authorization && a.authorization.scheme !== 'sigv4') {
      weights.push({ lr: 1, fact: fact('request', 'authorization_not_sigv4', a.authorization.scheme) });
    }
    if (a.exchange.serverIp && PRIVATE_ADDRESS.test(a.exchange.serverIp)) {
      weights.push({ lr: 5, fact: fact('host', 'private_address', a.exchange.serverIp) });
    }
    return weights;
  },
  wording: 'cause_vpce_policy_reads_authorization',
  docUrl: `${DOCS}/apigateway-vpc-endpoint-policies.html`,
  gatewayLogs: true,
  commands: (f) => [endpointPolicy(f)],
};
