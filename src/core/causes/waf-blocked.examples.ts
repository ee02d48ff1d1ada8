import { type CauseExample, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce waf-blocked (what it looks like on the wire). */
export const examples: CauseExample[] = [
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
];
