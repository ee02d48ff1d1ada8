import type { CauseModel } from '../model/cause-model.ts';
import { clock } from './commands.ts';
import { SIGNED, shown } from './shared.ts';
import { skewFacts } from './signature-facts.ts';

export const model: CauseModel<'signature-expired'> = {
  id: 'signature-expired',
  // Basis: client clocks behind, requests replayed or cached after signing.
  // Dev corpus: 4 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.02,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'signature-expired': 0.95 },
  auth: SIGNED,
  weigh: (a) => shown(...skewFacts(a)),
  wording: 'cause_signature_expired',
  docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html',
  gatewayLogs: true,
  commands: () => [clock, 'timedatectl status'],
};
