import { bareForbidden, type CauseExample, KEY } from './example-wire.ts';

/** Exchanges that produce mtls-invalid-client-cert (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'every base path of the domain fails',
    entry: bareForbidden({
      url: 'https://secure.demo-shop.test/v1/accounts',
      requestHeaders: KEY,
    }),
    session: [
      bareForbidden({
        url: 'https://secure.demo-shop.test/v2/accounts',
        requestHeaders: KEY,
      }),
    ],
    also: ['invalid-api-key', 'waf-blocked', 'custom-domain-no-base-path-mapping'],
  },
];
