import { bareForbidden, type CauseExample, HOSTS, KEY } from './example-wire.ts';

/** Exchanges that produce vpce-private-dns-public-api (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'public API called from a VPC with private DNS on',
    entry: bareForbidden({
      url: `${HOSTS.rest}/prod/orders`,
      requestHeaders: KEY,
      serverIp: '10.0.12.34',
    }),
    also: ['invalid-api-key', 'waf-blocked', 'invalid-stage', 'default-endpoint-disabled'],
  },
];
