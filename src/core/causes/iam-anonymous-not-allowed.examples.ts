import { type CauseExample, CUSTOM_ACCESS_DENIED, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce iam-anonymous-not-allowed (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'unsigned call to an AWS_IAM method',
    entry: entry({
      url: `${HOSTS.rest}/prod/private`,
      errorType: 'AccessDeniedException',
      body: {
        Message:
          'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/private',
      },
    }),
  },
  {
    name: 'customized ACCESS_DENIED response, unsigned request',
    entry: entry(CUSTOM_ACCESS_DENIED),
    also: ['iam-explicit-deny', 'lambda-authorizer-explicit-deny'],
  },
  {
    name: 'newer wording: no resource-based policy allows',
    entry: entry({
      url: `${HOSTS.rest}/prod/private`,
      errorType: 'AccessDeniedException',
      body: {
        Message:
          'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/private because no resource-based policy allows the execute-api:Invoke action',
      },
    }),
  },
];
