import type { CauseModel } from '../model/cause-model.ts';
import { DOCS, methodAuth, policy } from './commands.ts';
import { arnFacts, shown } from './shared.ts';

export const model: CauseModel<'iam-anonymous-not-allowed'> = {
  id: 'iam-anonymous-not-allowed',
  // Basis: unsigned calls to AWS_IAM methods and resource policies that allow nobody matching.
  // Dev corpus: 2 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.011,
  layer: 'gateway',
  flavor: 'any',
  // HTTP APIs answer an unsigned call to an IAM route with a bare Forbidden.
  wire: { 'iam-anonymous': 0.85, forbidden: 0.06 },
  auth: { none: 0.75, 'bearer-jwt': 0.1, 'raw-token': 0.07, 'bearer-other': 0.05, sigv4: 0.01 },
  weigh: (a) => shown(...arnFacts(a)),
  wording: 'cause_iam_anonymous_not_allowed',
  docUrl: `${DOCS}/apigateway-resource-policies.html`,
  gatewayLogs: true,
  commands: (f) => [methodAuth(f), policy(f)],
};
