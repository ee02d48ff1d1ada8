import type { CauseModel } from '../model/cause-model.ts';
import { callerIdentity } from './commands.ts';
import { SIGNED, shown } from './shared.ts';
import { canonicalFacts, malformedFacts } from './signature-facts.ts';

export const model: CauseModel<'signature-mismatch'> = {
  id: 'signature-mismatch',
  // Basis: the most reported SigV4 failure (path encoding, query order, headers changed after signing).
  // Dev corpus: 14 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.063,
  layer: 'gateway',
  flavor: 'any',
  // A malformed Authorization value (a space or newline in the key id) is answered as incomplete.
  wire: { 'signature-mismatch': 0.85, 'incomplete-signature': 0.06 },
  auth: SIGNED,
  weigh(a) {
    const malformed = malformedFacts(a);
    return [...malformed.map((f) => ({ lr: 10, fact: f })), ...shown(...canonicalFacts(a))];
  },
  wording: 'cause_signature_mismatch',
  docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html',
  gatewayLogs: true,
  commands: () => [callerIdentity],
};
