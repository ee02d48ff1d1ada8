import { bareForbidden, type CauseExample, entry, HOSTS, KEY } from './example-wire.ts';

/** Exchanges that produce default-endpoint-disabled (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'execute-api URL while the app uses a custom domain',
    entry: bareForbidden({
      url: `${HOSTS.rest}/prod/v1/products`,
      requestHeaders: KEY,
    }),
    session: [
      entry({ url: `${HOSTS.customDomain}/v1/products`, status: 200, body: [], requestHeaders: KEY }),
    ],
    also: ['invalid-api-key', 'waf-blocked', 'invalid-stage', 'vpce-private-dns-public-api'],
  },
];
