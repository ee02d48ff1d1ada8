import { type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce expired-security-token (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'expired STS session',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'ExpiredTokenException',
      body: { message: 'The security token included in the request is expired' },
      requestHeaders: { ...sigv4Headers(), 'X-Amz-Security-Token': 'IQoJb3JpZ2luX2VjEXAMPLE' },
    }),
  },
];
