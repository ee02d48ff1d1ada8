import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { DOCS, policy, simulate } from './commands.ts';
import { arnFacts, shown } from './shared.ts';

export const model: CauseModel<'iam-explicit-deny'> = {
  id: 'iam-explicit-deny',
  // Basis: resource policies with IP/VPC conditions and explicit Deny statements; about as common as anonymous denials.
  // Dev corpus: 2 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.011,
  layer: 'gateway',
  flavor: 'rest',
  wire: { 'iam-explicit-deny': 0.9 },
  auth: { sigv4: 0.55, none: 0.35, 'bearer-jwt': 0.04, 'raw-token': 0.03, 'bearer-other': 0.03 },
  weigh(a) {
    const policy = /explicit deny in an? ([\w-]+) policy/i.exec(a.error.message ?? '')?.[1];
    return shown(...arnFacts(a), ...(policy ? [fact('body', 'denying_policy', policy)] : []));
  },
  wording: 'cause_iam_explicit_deny',
  docUrl: `${DOCS}/apigateway-resource-policies.html`,
  gatewayLogs: true,
  commands: (f) => [policy(f), simulate(f)],
};
