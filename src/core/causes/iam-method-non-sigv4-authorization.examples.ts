import { bearerReadAsSigV4, type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce iam-method-non-sigv4-authorization (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'Cognito token sent to an AWS_IAM method that other signed calls use',
    entry: bearerReadAsSigV4(`${HOSTS.rest}/prod/orders`),
    session: [
      entry({ url: `${HOSTS.rest}/prod/orders`, status: 200, body: [], requestHeaders: sigv4Headers() }),
    ],
    also: ['resource-not-found-signed'],
  },
];
