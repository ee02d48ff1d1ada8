import { bareForbidden, type CauseExample, entry, HOSTS, KEY } from './example-wire.ts';

/** Exchanges that produce invalid-api-key (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'the message names the key (seed wording)',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'ForbiddenException',
      body: { message: 'Invalid API Key identifier specified' },
      requestHeaders: KEY,
    }),
  },
  {
    name: 'no x-api-key header, other calls had one',
    entry: bareForbidden({ url: `${HOSTS.rest}/prod/orders` }),
    session: [entry({ url: `${HOSTS.rest}/prod/items`, status: 200, body: [], requestHeaders: KEY })],
    also: ['waf-blocked', 'invalid-stage', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
  },
  {
    name: 'key sent under the wrong name',
    entry: bareForbidden({
      url: `${HOSTS.customDomain}/v1/orders`,
      requestHeaders: { 'api-key': KEY['x-api-key'] },
    }),
    also: ['waf-blocked', 'custom-domain-no-base-path-mapping', 'mtls-invalid-client-cert'],
  },
];
