import { type CauseExample, CUSTOM_ACCESS_DENIED, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce iam-identity-not-allowed (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'signed user without an identity Allow',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'AccessDeniedException',
      body: {
        Message:
          'User: arn:aws:iam::123456789012:user/ci-bot is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders because no identity-based policy allows the execute-api:Invoke action',
      },
      requestHeaders: sigv4Headers(),
    }),
  },
  {
    name: 'customized ACCESS_DENIED response, signed request',
    entry: entry({ ...CUSTOM_ACCESS_DENIED, requestHeaders: sigv4Headers() }),
    also: ['iam-explicit-deny'],
  },
  {
    name: 'HTTP API IAM route, bare Forbidden',
    entry: entry({
      url: `${HOSTS.http}/admin/users`,
      flavor: 'http',
      body: { message: 'Forbidden' },
      requestHeaders: sigv4Headers('eu-west-1'),
    }),
    also: ['waf-blocked', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
  },
];
