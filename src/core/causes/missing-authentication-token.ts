import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { KC, methodAuth, resources } from './commands.ts';
import { routeWorked, signedCalls, UNSIGNED } from './shared.ts';

export const model: CauseModel<'missing-authentication-token'> = {
  id: 'missing-authentication-token',
  // Basis: an unsigned call to an existing AWS_IAM method; reported far less than the missing route.
  // Dev corpus: 4 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.02,
  layer: 'gateway',
  flavor: 'rest',
  wire: { 'missing-token': 0.95 },
  auth: UNSIGNED,
  weigh(a) {
    const worked = routeWorked(a)
      ? [{ lr: 20, fact: fact('context', 'route_worked', a.exchange.method, a.exchange.path) }]
      : [];
    return [...signedCalls(a), ...worked];
  },
  wording: 'cause_missing_authentication_token',
  docUrl: `${KC}/api-gateway-authentication-token-errors`,
  gatewayLogs: true,
  commands: (f) => [methodAuth(f), resources(f)],
};
