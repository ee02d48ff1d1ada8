import { type CauseExample, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce vpc-endpoint-policy-deny (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'endpoint policy does not allow this API',
    entry: entry({
      url: `${HOSTS.vpce}/prod/orders`,
      errorType: 'AccessDeniedException',
      body: {
        Message:
          'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders because no VPC endpoint policy allows the execute-api:Invoke action',
      },
      requestHeaders: { Host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com' },
    }),
  },
];
