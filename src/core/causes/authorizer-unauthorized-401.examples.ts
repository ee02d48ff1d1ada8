import { type CauseExample, EXAMPLE_JWT, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce authorizer-unauthorized-401 (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'REST Lambda authorizer, token missing',
    entry: entry({
      url: `${HOSTS.rest}/prod/profile`,
      status: 401,
      errorType: 'UnauthorizedException',
      body: { message: 'Unauthorized' },
    }),
  },
  {
    name: 'HTTP API, header not matching the identity source',
    entry: entry({
      url: `${HOSTS.http}/orders`,
      status: 401,
      flavor: 'http',
      body: { message: 'Unauthorized' },
      requestHeaders: { 'X-Auth': EXAMPLE_JWT.valid },
    }),
  },
];
