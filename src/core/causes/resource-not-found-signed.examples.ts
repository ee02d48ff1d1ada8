import { bearerReadAsSigV4, type CauseExample, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce resource-not-found-signed (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'Bearer token to a path that does not exist',
    entry: bearerReadAsSigV4(`${HOSTS.rest}/prod/ordrs`),
    also: ['iam-method-non-sigv4-authorization'],
  },
  {
    name: 'raw token, seed wording',
    entry: entry({
      url: `${HOSTS.rest}/prod/missing`,
      errorType: 'IncompleteSignatureException',
      body: {
        message:
          "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=allow",
      },
      requestHeaders: { Authorization: 'allow' },
    }),
    also: ['iam-method-non-sigv4-authorization'],
  },
];
