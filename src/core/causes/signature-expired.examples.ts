import { type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce signature-expired (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'client clock seven minutes behind',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'InvalidSignatureException',
      body: {
        message:
          'Signature expired: 20261124T095300Z is now earlier than 20261124T095500Z (20261124T100000Z - 5 min.)',
      },
      requestHeaders: { ...sigv4Headers(), 'X-Amz-Date': '20261124T095300Z' },
    }),
  },
];
