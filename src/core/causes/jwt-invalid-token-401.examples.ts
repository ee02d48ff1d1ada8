import { type CauseExample, EXAMPLE_JWT, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce jwt-invalid-token-401 (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'HTTP API JWT authorizer, expired token',
    entry: entry({
      url: `${HOSTS.http}/orders`,
      status: 401,
      flavor: 'http',
      body: { message: 'Unauthorized' },
      requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.expired}` },
      responseHeaders: {
        'www-authenticate': 'Bearer scope="" error="invalid_token" error_description="the token has expired"',
      },
    }),
  },
  {
    name: 'wrong audience',
    entry: entry({
      url: `${HOSTS.http}/orders`,
      status: 401,
      flavor: 'http',
      body: { message: 'Unauthorized' },
      requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.idToken}` },
      responseHeaders: {
        'www-authenticate':
          'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
      },
    }),
  },
];
