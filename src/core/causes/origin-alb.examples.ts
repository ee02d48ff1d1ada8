import { type CauseExample, entry } from './example-wire.ts';

/** Exchanges that produce origin-alb (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'ALB fixed 403',
    entry: entry({
      url: 'https://alb.demo-shop.test/api/items',
      flavor: 'none',
      mimeType: 'text/html',
      body: '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>',
      responseHeaders: { server: 'awselb/2.0' },
    }),
  },
];
