import { type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce signature-mismatch (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'AWS sent its canonical string',
    entry: entry({
      url: `${HOSTS.rest}/prod/items/a%20b?b=2&a=1`,
      errorType: 'InvalidSignatureException',
      body: {
        message:
          "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'GET\n/prod/items/a%2520b\na=1&b=2\nhost:a1b2c3d4e5.execute-api.us-east-1.amazonaws.com\nx-amz-date:20261124T100000Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261124T100000Z\n20261124/us-east-1/execute-api/aws4_request\n0d9c5e2b8a0f4d6c1b7e3a9f2c8d4e6b0a1c3e5f7a9b2d4c6e8f0a2b4c6d8e0f'\n",
      },
      requestHeaders: { ...sigv4Headers(), Host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com:443' },
    }),
  },
  {
    name: 'access key id with a space',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'IncompleteSignatureException',
      body: {
        message:
          "'AKIAIOSFODNN7EXAMPLE' not a valid key=value pair (missing equal-sign) in Authorization header: 'AWS4-HMAC-SHA256 Credential= AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc'.",
      },
      requestHeaders: {
        Authorization:
          'AWS4-HMAC-SHA256 Credential= AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc',
        'X-Amz-Date': '20261124T100000Z',
      },
    }),
  },
];
