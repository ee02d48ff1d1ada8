import type { CauseModel } from '../model/cause-model.ts';

export const model: CauseModel = {
  id: 'origin-cloudfront',
  // Basis: a CloudFront distribution in front of the API (its WAF, geo restriction, methods, origin access).
  // Dev corpus: 7 of 209 reports name it first (npm run eval -- --priors).
  prior: 0.033,
  layer: 'cloudfront',
  flavor: 'any',
  wire: { 'cloudfront-page': 0.75, 'html-page': 0.1, empty: 0.05, 'app-body': 0.05 },
};
