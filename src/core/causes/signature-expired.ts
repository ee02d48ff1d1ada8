import type { CauseModel } from '../model/cause-model.ts';
import { SIGNED, shown } from './shared.ts';
import { skewFacts } from './signature-facts.ts';

export const model: CauseModel = {
  id: 'signature-expired',
  // Basis: client clocks behind, requests replayed or cached after signing.
  // Dev corpus: 3 of 209 reports name it first (npm run eval -- --priors).
  prior: 0.015,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'signature-expired': 0.95 },
  auth: SIGNED,
  weigh: (a) => shown(...skewFacts(a)),
};
