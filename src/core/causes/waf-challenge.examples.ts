import { type CauseExample, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce waf-challenge (what it looks like on the wire). */
export const examples: CauseExample[] = [
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
];
