import { type CauseExample, entry, HOSTS, PAGE } from './example-wire.ts';

/** Exchanges that produce cors-masked-403 (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'cross-origin Forbidden without CORS headers',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'ForbiddenException',
      body: { message: 'Forbidden' },
      requestHeaders: PAGE,
    }),
    session: [entry({ url: `${HOSTS.rest}/prod/items`, status: 200, body: [], requestHeaders: PAGE })],
    also: ['invalid-api-key', 'waf-blocked'],
  },
];
