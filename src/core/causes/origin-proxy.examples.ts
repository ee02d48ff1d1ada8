import { type CauseExample, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce origin-proxy (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'corporate Squid proxy',
    entry: entry({
      url: `${HOSTS.rest}/prod/items`,
      flavor: 'none',
      mimeType: 'text/html',
      body: '<html><body><h1>ERROR</h1><p>Access Denied.</p></body></html>',
      responseHeaders: {
        server: 'squid/5.7',
        'x-squid-error': 'ERR_ACCESS_DENIED 0',
        via: '1.1 proxy.corp.example (squid/5.7)',
      },
    }),
  },
  {
    name: 'Cloudflare in front of a custom domain',
    entry: entry({
      url: 'https://shop-api.demo-shop.test/v1/items',
      flavor: 'none',
      mimeType: 'text/html',
      body: '<!DOCTYPE html><html><title>Attention Required! | Cloudflare</title></html>',
      responseHeaders: { server: 'cloudflare', 'cf-ray': '8f1e2d3c4b5a6978-MAD' },
    }),
  },
];
