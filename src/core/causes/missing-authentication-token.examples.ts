import { type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce missing-authentication-token (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'same API signed elsewhere in the session',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'MissingAuthenticationTokenException',
      body: { message: 'Missing Authentication Token' },
    }),
    session: [
      entry({
        url: `${HOSTS.rest}/prod/orders`,
        status: 200,
        body: { orders: [] },
        requestHeaders: sigv4Headers(),
      }),
    ],
    also: ['resource-not-found-unsigned'],
  },
];
