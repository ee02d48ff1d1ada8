import { type CauseExample, EXAMPLE_JWT, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce lambda-authorizer-explicit-deny (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'Lambda authorizer returned Deny',
    entry: entry({
      url: `${HOSTS.rest}/prod/reports`,
      errorType: 'AccessDeniedException',
      body: { Message: 'User is not authorized to access this resource with an explicit deny' },
      requestHeaders: { Authorization: 'allow-me-not' },
    }),
  },
  {
    name: 'newer wording, trailing dot, errortype suffix',
    entry: entry({
      url: `${HOSTS.rest}/prod/reports`,
      errorType: 'AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/',
      body: {
        message:
          'User is not authorized to access this resource with an explicit deny in an identity-based policy.',
      },
      requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
    }),
  },
  {
    name: 'HTTP API Lambda authorizer returned isAuthorized: false',
    entry: entry({
      url: `${HOSTS.http}/reports`,
      flavor: 'http',
      body: { message: 'Forbidden' },
      requestHeaders: { Authorization: 'session-7f3a9c' },
    }),
    also: ['waf-blocked', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
  },
];
