import type { CauseModel } from '../model/cause-model.ts';
import { clock } from './commands.ts';
import { SIGNED, shown } from './shared.ts';
import { skewFacts } from './signature-facts.ts';

export const model: CauseModel<'signature-not-yet-current'> = {
  id: 'signature-not-yet-current',
  // Basis: client clocks ahead; rarely reported.
  // Dev corpus: 2 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.011,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'signature-not-yet-current': 0.95 },
  auth: SIGNED,
  weigh: (a) => shown(...skewFacts(a)),
  wording: 'cause_signature_not_yet_current',
  docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html',
  gatewayLogs: true,
  commands: () => [clock, 'timedatectl status'],
};
