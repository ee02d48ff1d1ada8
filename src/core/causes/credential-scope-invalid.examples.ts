import { type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce credential-scope-invalid (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'signed for another region',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'InvalidSignatureException',
      body: { message: "Credential should be scoped to a valid region, not 'us-west-2'." },
      requestHeaders: sigv4Headers('us-west-2'),
    }),
  },
  {
    name: 'signed for another service',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'IncompleteSignatureException',
      body: { message: "Credential should be scoped to correct service: 'execute-api'. " },
      requestHeaders: sigv4Headers('us-east-1', 'lambda'),
    }),
  },
];
