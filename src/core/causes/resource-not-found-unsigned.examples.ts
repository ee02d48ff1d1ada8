import { type CauseExample, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce resource-not-found-unsigned (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'typo in the path',
    entry: entry({
      url: `${HOSTS.rest}/prod/admn`,
      errorType: 'MissingAuthenticationTokenException',
      body: { message: 'Missing Authentication Token' },
    }),
    also: ['missing-authentication-token'],
  },
  {
    name: 'capital Message, base64 body',
    entry: entry({
      method: 'POST',
      url: `${HOSTS.rest}/prod/items/`,
      errorType: 'MissingAuthenticationTokenException',
      base64Body: 'eyJNZXNzYWdlIjoiTWlzc2luZyBBdXRoZW50aWNhdGlvbiBUb2tlbi4ifQ==',
      mimeType: 'application/json',
    }),
    also: ['missing-authentication-token'],
  },
];
