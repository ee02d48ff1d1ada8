import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { callerIdentity, KC, policy, simulate } from './commands.ts';
import { arnFacts, SIGNED, shown } from './shared.ts';

export const model: CauseModel<'iam-identity-not-allowed'> = {
  id: 'iam-identity-not-allowed',
  // Basis: the most common real IAM 403 (a signed principal without an Allow); HTTP APIs say only Forbidden.
  // Dev corpus: 6 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.028,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'iam-identity': 0.75, forbidden: 0.18 },
  auth: SIGNED,
  weigh(a, o) {
    const httpApi = o.fingerprint === 'http-ids' && o.wire.classes.includes('forbidden');
    // On an HTTP API a signed call answered Forbidden is mostly this (REST would quote the principal).
    return [...shown(...arnFacts(a)), ...(httpApi ? [{ lr: 3, fact: fact('host', 'http_api') }] : [])];
  },
  wording: 'cause_iam_identity_not_allowed',
  docUrl: `${KC}/api-gateway-iam-sigv4-mismatch`,
  gatewayLogs: true,
  commands: (f) => [callerIdentity, simulate(f), policy(f)],
};
