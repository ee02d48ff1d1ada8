import { bareForbidden, type CauseExample, entry, HOSTS, KEY } from './example-wire.ts';

/** Exchanges that produce custom-domain-no-base-path-mapping (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'base path not mapped, another one is',
    entry: bareForbidden({
      url: `${HOSTS.customDomain}/orders`,
      requestHeaders: KEY,
    }),
    session: [
      entry({ url: `${HOSTS.customDomain}/v1/products`, status: 200, body: [], requestHeaders: KEY }),
    ],
    also: ['invalid-api-key', 'waf-blocked'],
  },
];
