import { fact, headerFact } from '../evidence-fact.ts';
import { headerValue } from '../exchange.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { webAcl } from './commands.ts';

export const model: CauseModel<'waf-challenge'> = {
  id: 'waf-challenge',
  // Basis: CAPTCHA/Challenge actions answer 202/405 with an interstitial page; rarely reported.
  // Dev corpus: 1 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.007,
  layer: 'waf',
  flavor: 'any',
  wire: { 'html-page': 0.6, empty: 0.3, 'app-body': 0.05 },
  status: { 'waf-interstitial': 0.9, '403': 0.05, 'other-4xx': 0.05 },
  fingerprint: { 'waf-action': 0.97 },
  weigh(a, o) {
    const action = headerValue(a.exchange.responseHeaders, 'x-amzn-waf-action');
    if (action !== undefined && /^(challenge|captcha)$/i.test(action.trim())) {
      return [
        { lr: 50, fact: headerFact('x-amzn-waf-action', action) },
        { lr: 1, fact: fact('context', 'waf_header_hidden') },
      ];
    }
    return o.fingerprint === undefined ? [] : [{ lr: 0.05 }];
  },
  wording: 'cause_waf_challenge',
  docUrl: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html',
  gatewayLogs: false,
  commands: (f) => [webAcl(f)],
};
