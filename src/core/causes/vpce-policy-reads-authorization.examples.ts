import { bearerReadAsSigV4, type CauseExample, HOSTS } from './example-wire.ts';

/** Exchanges that produce vpce-policy-reads-authorization (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'Bearer token through a VPC endpoint with a custom policy',
    // Through a VPC endpoint the client connects to the endpoint's private address.
    entry: bearerReadAsSigV4(`${HOSTS.privateAlias}/prod/orders`, '10.0.12.34'),
    also: ['resource-not-found-signed'],
  },
];
