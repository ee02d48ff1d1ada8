import { bareForbidden, type CauseExample, entry, HOSTS, KEY } from './example-wire.ts';

/** Exchanges that produce invalid-stage (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'dev stage never deployed, prod works',
    entry: bareForbidden({
      url: `${HOSTS.rest}/dev/items`,
      requestHeaders: KEY,
    }),
    session: [entry({ url: `${HOSTS.rest}/prod/items`, status: 200, body: [], requestHeaders: KEY })],
    also: ['invalid-api-key', 'waf-blocked', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
  },
];
