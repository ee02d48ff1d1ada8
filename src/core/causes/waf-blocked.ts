import { fact } from '../evidence-fact.ts';
import { headerValue } from '../exchange.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { shown } from './shared.ts';

export const model: CauseModel = {
  id: 'waf-blocked',
  // Basis: WAF rate and managed rules blocking API calls; reported often, confirmed only in WAF logs.
  // Dev corpus: 6 of 209 reports name it first (npm run eval -- --priors).
  prior: 0.029,
  layer: 'waf',
  flavor: 'any',
  // WAF blocks often answer with content-length: 0; custom responses may be pages or any JSON.
  wire: { forbidden: 0.45, empty: 0.3, 'html-page': 0.15, 'app-body': 0.05 },
  weigh(a, o) {
    const action = headerValue(a.exchange.responseHeaders, 'x-amzn-waf-action');
    if (action !== undefined && /challenge|captcha/i.test(action)) return [{ lr: 0.02 }];
    return o.wire.classes.includes('empty') ? shown(fact('context', 'waf_empty_body')) : [];
  },
};
