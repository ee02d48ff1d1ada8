import { bareForbidden, type CauseExample, HOSTS } from './example-wire.ts';

/** Exchanges that produce private-api-public-dns-missing-host (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'vpce DNS name without Host or x-apigw-api-id',
    entry: bareForbidden({ url: `${HOSTS.vpce}/prod/orders` }),
    also: ['waf-blocked'],
  },
];
