import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { NON_SIGV4, routeWorked } from './shared.ts';

export const model: CauseModel = {
  id: 'resource-not-found-signed',
  // Basis: a Bearer or raw token sent to a path that does not exist; the wire twin of an AWS_IAM method.
  prior: 0.035,
  layer: 'gateway',
  flavor: 'rest',
  wire: { 'incomplete-signature': 0.9 },
  host: { 'execute-api': 0.75, custom: 0.2, 'private-alias': 0.025, 'vpce-dns': 0.025 },
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
};
