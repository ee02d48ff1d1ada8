import { type CauseExample, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce custom-domain-stage-in-url (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'stage repeated after the base path mapping',
    entry: entry({
      url: `${HOSTS.customDomain}/prod/v1/products`,
      errorType: 'MissingAuthenticationTokenException',
      body: { message: 'Missing Authentication Token' },
    }),
    also: ['resource-not-found-unsigned', 'missing-authentication-token'],
  },
];
