import { fact } from '../evidence-fact.ts';
import { headerValue } from '../exchange.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { KC, webAcl } from './commands.ts';
import { shown } from './shared.ts';

export const model: CauseModel<'waf-blocked'> = {
  id: 'waf-blocked',
  // Basis: WAF rate and managed rules blocking API calls; reported often, confirmed only in WAF logs.
  // Dev corpus: 6 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.028,
  layer: 'waf',
  flavor: 'any',
  // WAF blocks often answer with content-length: 0; custom responses may be pages or any JSON.
  wire: { forbidden: 0.45, empty: 0.3, 'html-page': 0.15, 'app-body': 0.05 },
  weigh(a, o) {
    const action = headerValue(a.exchange.responseHeaders, 'x-amzn-waf-action');
    if (action !== undefined && /challenge|captcha/i.test(action)) return [{ lr: 0.02 }];
    return o.wire.classes.includes('empty') ? shown(fact('context', 'waf_empty_body')) : [];
  },
  wording: 'cause_waf_blocked',
  docUrl: `${KC}/waf-block-respond-403-forbidden-error`,
  gatewayLogs: false,
  commands: (f) => [
    webAcl(f),
    `aws wafv2 get-sampled-requests --web-acl-arn <web-acl-arn> --rule-metric-name <rule-metric-name> --scope REGIONAL --time-window StartTime=${f.windowStart},EndTime=${f.windowEnd} --max-items 100 --region ${f.region}`,
  ],
};
