import { type CauseExample, EXAMPLE_JWT, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce jwt-insufficient-scope (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'route requires orders/write',
    entry: entry({
      method: 'DELETE',
      url: `${HOSTS.http}/orders/42`,
      flavor: 'http',
      body: { message: 'Forbidden' },
      requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
      responseHeaders: { 'www-authenticate': 'Bearer scope="orders/write" error="insufficient_scope"' },
    }),
  },
];
