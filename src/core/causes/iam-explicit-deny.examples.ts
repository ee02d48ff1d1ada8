import { type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce iam-explicit-deny (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'resource policy denies the caller',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'AccessDeniedException',
      body: {
        Message:
          'User: arn:aws:sts::123456789012:assumed-role/app-role/session is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders with an explicit deny in a resource-based policy',
      },
      requestHeaders: sigv4Headers(),
    }),
  },
  {
    name: 'anonymous caller denied by an IP condition',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'AccessDeniedException',
      body: {
        Message:
          'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders with an explicit deny',
      },
    }),
  },
];
