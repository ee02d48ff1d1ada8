import { type CauseExample, EXAMPLE_JWT, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce lambda-authorizer-implicit-deny (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'customized ACCESS_DENIED response to a request with a token',
    entry: entry({
      url: `${HOSTS.rest}/prod/reports`,
      errorType: 'AccessDeniedException',
      body: { error: 'ACCESS_DENIED' },
      requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
    }),
    // A customized ACCESS_DENIED response hides which deny it was: the implicit one is the more frequent in real
    // reports (test/real-world), the explicit one stays a close second.
    also: ['lambda-authorizer-explicit-deny', 'iam-explicit-deny'],
  },
  {
    name: 'policy cached for another method',
    entry: entry({
      method: 'POST',
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'AccessDeniedException',
      body: { Message: 'User is not authorized to access this resource' },
      requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
    }),
  },
];
