import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { authorizers, DOCS, methodAuth } from './commands.ts';
import { NON_SIGV4, routeWorked, signedCalls } from './shared.ts';

export const model: CauseModel<'iam-method-non-sigv4-authorization'> = {
  id: 'iam-method-non-sigv4-authorization',
  // Basis: a Cognito/JWT token sent to an AWS_IAM method; less reported than the missing route it looks like.
  // Dev corpus: 1 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.007,
  layer: 'gateway',
  flavor: 'rest',
  wire: { 'incomplete-signature': 0.9 },
  // Behind a VPC endpoint the same answer is the endpoint policy's doing far more often.
  host: { 'execute-api': 0.75, custom: 0.24, 'private-alias': 0.001, 'vpce-dns': 0.001 },
  auth: NON_SIGV4,
  weigh(a) {
    const weights: Weight[] = [...signedCalls(a)];
    if (a.authorization && a.authorization.scheme !== 'sigv4') {
      weights.push({ lr: 1, fact: fact('request', 'authorization_not_sigv4', a.authorization.scheme) });
    }
    if (routeWorked(a)) {
      weights.push({ lr: 20, fact: fact('context', 'route_worked', a.exchange.method, a.exchange.path) });
    }
    return weights;
  },
  wording: 'cause_iam_method_non_sigv4_authorization',
  docUrl: `${DOCS}/permissions.html`,
  gatewayLogs: true,
  commands: (f) => [methodAuth(f), authorizers(f)],
};
