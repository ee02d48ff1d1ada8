import { type CauseExample, entry, HOSTS, PAGE } from './example-wire.ts';

/** Exchanges that produce cors-preflight-403 (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'no OPTIONS method on the resource',
    entry: entry({
      method: 'OPTIONS',
      url: `${HOSTS.rest}/prod/items`,
      errorType: 'MissingAuthenticationTokenException',
      body: { message: 'Missing Authentication Token' },
      requestHeaders: {
        ...PAGE,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-api-key',
      },
      resourceType: 'preflight',
    }),
  },
  {
    name: 'authorizer on OPTIONS',
    entry: entry({
      method: 'OPTIONS',
      url: `${HOSTS.http}/orders`,
      flavor: 'http',
      status: 401,
      body: { message: 'Unauthorized' },
      requestHeaders: {
        ...PAGE,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    }),
    also: ['authorizer-unauthorized-401'],
  },
  {
    name: 'OPTIONS routed to a Lambda proxy (ANY method) that refuses it',
    entry: entry({
      method: 'OPTIONS',
      url: `${HOSTS.rest}/prod/orders`,
      body: { error: 'METHOD_NOT_ALLOWED' },
      requestHeaders: { ...PAGE, 'Access-Control-Request-Method': 'DELETE' },
    }),
  },
];
