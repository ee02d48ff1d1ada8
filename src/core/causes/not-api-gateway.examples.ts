import { type CauseExample, entry } from './example-wire.ts';

/** Exchanges that produce not-api-gateway (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'S3 AccessDenied through CloudFront',
    entry: entry({
      url: 'https://static.demo-shop.test/config.json',
      flavor: 'none',
      mimeType: 'application/xml',
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>9XK3ZQ1W2E3R4T5Y</RequestId><HostId>abc=</HostId></Error>',
      responseHeaders: {
        server: 'AmazonS3',
        'x-amz-request-id': '9XK3ZQ1W2E3R4T5Y',
        'x-amz-id-2': 'abc=',
        via: '1.1 8f22423015641505b8c857a37450d6c0.cloudfront.net (CloudFront)',
        'x-cache': 'Error from cloudfront',
      },
    }),
  },
];
