import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { KC, redeploy, resources } from './commands.ts';
import { NON_SIGV4, routeWorked } from './shared.ts';

export const model: CauseModel<'resource-not-found-signed'> = {
  id: 'resource-not-found-signed',
  // Basis: a Bearer or raw token sent to a path that does not exist; the wire twin of an AWS_IAM method.
  // Dev corpus: 10 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.046,
  layer: 'gateway',
  flavor: 'rest',
  wire: { 'incomplete-signature': 0.9 },
  // Private APIs are a small share of all APIs.
  host: { 'execute-api': 0.76, custom: 0.21, 'private-alias': 0.015, 'vpce-dns': 0.015 },
  auth: NON_SIGV4,
  weigh(a) {
    const weights: Weight[] = [];
    if (a.authorization && a.authorization.scheme !== 'sigv4') {
      weights.push({ lr: 1, fact: fact('request', 'authorization_not_sigv4', a.authorization.scheme) });
    }
    if (routeWorked(a)) weights.push({ lr: 0.05 });
    if (a.history.signedCalls > 0) weights.push({ lr: 0.4 });
    return weights;
  },
  wording: 'cause_resource_not_found_signed',
  docUrl: `${KC}/api-gateway-troubleshoot-403-forbidden`,
  gatewayLogs: true,
  commands: (f) => [resources(f), redeploy(f)],
};
