import { type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce signature-not-yet-current (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'client clock ten minutes ahead',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'InvalidSignatureException',
      body: {
        Message:
          'Signature not yet current: 20261124T101000Z is still later than 20261124T100500Z (20261124T100000Z + 5 min.)',
      },
      requestHeaders: { ...sigv4Headers(), 'X-Amz-Date': '20261124T101000Z' },
    }),
  },
];
