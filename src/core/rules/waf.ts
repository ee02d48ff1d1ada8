import { fact, headerFact, statusFact } from '../evidence-fact.ts';
import { headerValue } from '../exchange.ts';
import { isBareForbidden, wireEvidence } from './evidence.ts';
import { entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

export const wafBlocked: Rule = {
  id: 'waf-blocked',
  match(a) {
    const status = a.exchange.status;
    // A WAF custom response can use any status and body; the action header gives it away.
    const action = headerValue(a.exchange.responseHeaders, 'x-amzn-waf-action') ?? '';
    if (a.origin.layer === 'waf' && !/challenge|captcha/i.test(action) && status >= 400 && status < 500) {
      return { score: 90, evidence: [...a.origin.evidence, statusFact(status)] };
    }
    if (!isBareForbidden(a)) return undefined;
    const body = a.exchange.body.kind;
    const score = body === 'empty' ? 74 : body === 'absent' ? 45 : 40;
    const facts = [...wireEvidence(a)];
    if (body === 'empty') facts.push(fact('context', 'waf_empty_body'));
    return { score, evidence: facts };
  },
  examples: [
    {
      name: 'empty body, content-length 0',
      entry: entry({
        method: 'POST',
        url: `${HOSTS.rest}/prod/items`,
        errorType: 'ForbiddenException',
        body: '',
        requestHeaders: { 'x-api-key': 'k3yV4lu3-0123456789abcdefghij' },
        responseHeaders: { 'content-length': '0' },
      }),
      also: ['invalid-api-key', 'invalid-stage', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
    },
  ],
};

export const wafChallenge: Rule = {
  id: 'waf-challenge',
  match(a) {
    const action = headerValue(a.exchange.responseHeaders, 'x-amzn-waf-action');
    if (!action || !/^(challenge|captcha)$/i.test(action.trim())) return undefined;
    // 202 (challenge) and 405 (CAPTCHA) per causes.md, or a 4xx; the same statuses isCandidate lets through.
    const status = a.exchange.status;
    if (status !== 202 && (status < 400 || status > 499)) return undefined;
    return {
      score: 95,
      evidence: [
        statusFact(a.exchange.status),
        headerFact('x-amzn-waf-action', action),
        fact('context', 'waf_header_hidden'),
      ],
    };
  },
  examples: [
    {
      name: 'challenge interstitial (202)',
      entry: entry({
        url: `${HOSTS.rest}/prod/items`,
        status: 202,
        flavor: 'none',
        mimeType: 'text/html',
        body: '<!DOCTYPE html><html><head><title>Human Verification</title></head><body><div id="challenge-container"></div></body></html>',
        responseHeaders: { 'x-amzn-waf-action': 'challenge' },
      }),
    },
    {
      name: 'CAPTCHA (405)',
      entry: entry({
        method: 'POST',
        url: `${HOSTS.customDomain}/v1/checkout`,
        status: 405,
        flavor: 'none',
        mimeType: 'text/html',
        body: '<!DOCTYPE html><html><body>captcha</body></html>',
        responseHeaders: { 'x-amzn-waf-action': 'captcha' },
      }),
    },
  ],
};

export const wafRules = [wafBlocked, wafChallenge];
