import type { CauseModel } from '../model/cause-model.ts';

export const model: CauseModel = {
  id: 'origin-alb',
  // Basis: an Application Load Balancer rule or its WAF in front; rare in API Gateway reports.
  // Dev corpus: 0 of 209 reports name it first (npm run eval -- --priors).
  prior: 0.002,
  layer: 'alb',
  flavor: 'any',
  wire: { 'html-page': 0.8, empty: 0.1, 'app-body': 0.05 },
};
