import type { CauseModel } from '../model/cause-model.ts';
import { SIGNED, shown } from './shared.ts';
import { skewFacts } from './signature-facts.ts';

export const model: CauseModel = {
  id: 'signature-not-yet-current',
  // Basis: client clocks ahead; rarely reported.
  // Dev corpus: 2 of 209 reports name it first (npm run eval -- --priors).
  prior: 0.011,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'signature-not-yet-current': 0.95 },
  auth: SIGNED,
  weigh: (a) => shown(...skewFacts(a)),
};
