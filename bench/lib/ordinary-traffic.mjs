/**
 * The 95% of a real capture that is not an API Gateway error: successful API calls (to the same
 * gateways, so the session context has something to compare with), passing preflights, documents,
 * scripts, base64 images, 304s, a 404 from a non-gateway host, and AWS service traffic (AppSync)
 * that carries `x-amz-apigw-id` and must not be flagged. `weight` is the body-size factor.
 */
import { corsHeaders, HOSTS, httpApiGatewayHeaders, PAGE_ORIGIN, restGatewayHeaders, uuid } from './wire.mjs';

const API_BASES = [`https://${HOSTS.rest}/prod`, `https://${HOSTS.httpApi}`, `https://${HOSTS.customDomain}`];
const API_PATHS = [
  'orders',
  'orders/1042',
  'carts/current',
  'catalogue/search?q=lamp',
  'users/me',
  'reports/daily',
];

function gatewayHeadersFor(rng, url) {
  return url.includes(HOSTS.httpApi) ? httpApiGatewayHeaders(rng) : restGatewayHeaders(rng);
}

export const ORDINARY_KINDS = [
  {
    name: 'api-json',
    share: 0.33,
    weight: 1,
    build: (rng, bodyBytes, text, credentials) => {
      const url = `${rng.pick(API_BASES)}/${rng.pick(API_PATHS)}`;
      return {
        method: 'GET',
        url,
        requestHeaders: [{ name: 'authorization', value: `Bearer ${credentials.bearer()}` }],
        status: 200,
        responseHeaders: [...gatewayHeadersFor(rng, url), ...corsHeaders()],
        body: { text: text.json(bodyBytes), mimeType: 'application/json' },
      };
    },
  },
  {
    name: 'same-origin-json',
    share: 0.12,
    weight: 1,
    build: (rng, bodyBytes, text, credentials) => ({
      method: rng.chance(0.8) ? 'GET' : 'POST',
      url: `https://${HOSTS.page}/api/${rng.pick(API_PATHS)}`,
      requestHeaders: [{ name: 'cookie', value: credentials.cookie() }],
      status: 200,
      responseHeaders: [{ name: 'x-request-id', value: uuid(rng) }],
      body: { text: text.json(bodyBytes), mimeType: 'application/json' },
    }),
  },
  {
    name: 'preflight-ok',
    share: 0.08,
    weight: 0,
    build: (rng) => {
      const url = `${rng.pick(API_BASES)}/${rng.pick(API_PATHS)}`;
      return {
        method: 'OPTIONS',
        url,
        preflight: true,
        requestHeaders: [
          { name: 'access-control-request-method', value: 'POST' },
          { name: 'access-control-request-headers', value: 'authorization,content-type' },
        ],
        status: 204,
        responseHeaders: [
          ...gatewayHeadersFor(rng, url),
          ...corsHeaders(),
          { name: 'access-control-allow-methods', value: 'GET,POST,PUT,DELETE,OPTIONS' },
          { name: 'access-control-allow-headers', value: 'authorization,content-type,x-api-key' },
        ],
        body: null,
      };
    },
  },
  {
    name: 'document',
    share: 0.04,
    weight: 6,
    build: (rng, bodyBytes, text) => ({
      method: 'GET',
      url: `https://${HOSTS.page}/${rng.pick(['', 'shop', 'cart', 'account', 'search?q=lamp'])}`,
      resourceType: 'document',
      requestHeaders: [],
      status: 200,
      responseHeaders: [{ name: 'cache-control', value: 'no-cache' }],
      body: { text: text.html(bodyBytes), mimeType: 'text/html' },
    }),
  },
  {
    name: 'script',
    share: 0.11,
    weight: 3,
    build: (rng, bodyBytes, text) => ({
      method: 'GET',
      url: `https://${HOSTS.static}/assets/chunk-${rng.hex(8)}.js`,
      resourceType: 'script',
      requestHeaders: [],
      status: 200,
      responseHeaders: [{ name: 'cache-control', value: 'public, max-age=31536000, immutable' }],
      body: { text: text.script(bodyBytes), mimeType: 'application/javascript' },
    }),
  },
  {
    name: 'image',
    share: 0.12,
    weight: 2,
    build: (rng, bodyBytes, text) => ({
      method: 'GET',
      url: `https://${HOSTS.images}/p/${rng.hex(12)}.webp`,
      resourceType: 'image',
      requestHeaders: [],
      status: 200,
      responseHeaders: [{ name: 'cache-control', value: 'public, max-age=86400' }],
      body: { text: text.base64(bodyBytes), mimeType: 'image/webp', encoding: 'base64' },
    }),
  },
  {
    name: 'not-modified',
    share: 0.06,
    weight: 0,
    build: (rng) => ({
      method: 'GET',
      url: `https://${HOSTS.static}/assets/app-${rng.hex(8)}.css`,
      resourceType: 'stylesheet',
      requestHeaders: [{ name: 'if-none-match', value: `"${rng.hex(16)}"` }],
      status: 304,
      responseHeaders: [{ name: 'etag', value: `"${rng.hex(16)}"` }],
      body: null,
    }),
  },
  {
    name: 'page-404',
    share: 0.03,
    weight: 0.5,
    build: (rng, bodyBytes, text) => ({
      method: 'GET',
      url: `https://${HOSTS.page}/old/${rng.hex(6)}`,
      resourceType: 'document',
      requestHeaders: [],
      status: 404,
      responseHeaders: [],
      body: { text: text.html(bodyBytes), mimeType: 'text/html' },
    }),
  },
  {
    name: 'appsync',
    share: 0.08,
    weight: 1,
    build: (rng, bodyBytes, text, credentials) => {
      const denied = rng.chance(0.25);
      return {
        method: 'POST',
        url: `https://${HOSTS.appsync}/graphql`,
        requestHeaders: [{ name: 'authorization', value: credentials.appsyncToken() }],
        requestBody: {
          text: '{"query":"query { listOrders { items { id } } }"}',
          mimeType: 'application/json',
        },
        status: denied ? 401 : 200,
        responseHeaders: [
          { name: 'x-amzn-requestid', value: uuid(rng) },
          { name: 'x-amz-apigw-id', value: `${rng.alnum(14)}=` },
          ...(denied ? [{ name: 'x-amzn-errortype', value: 'UnauthorizedException' }] : []),
          { name: 'access-control-allow-origin', value: PAGE_ORIGIN },
        ],
        body: denied
          ? {
              text: '{"errors":[{"errorType":"UnauthorizedException","message":"Valid authorization header not provided."}]}',
              mimeType: 'application/json',
            }
          : { text: text.json(bodyBytes), mimeType: 'application/json' },
      };
    },
  },
  {
    name: 'analytics-beacon',
    share: 0.03,
    weight: 0,
    build: (rng) => ({
      method: 'POST',
      url: `https://${HOSTS.analytics}/v1/collect?tid=${rng.alnum(10)}`,
      resourceType: 'ping',
      requestHeaders: [],
      requestBody: { text: `{"e":"view","t":${rng.int(1e9)}}`, mimeType: 'text/plain' },
      status: 204,
      responseHeaders: [],
      body: null,
    }),
  },
];

const totalShare = ORDINARY_KINDS.reduce((sum, kind) => sum + kind.share, 0);

/** Expected body-size factor of one ordinary entry, so sizes can be scaled to hit a file-size target. */
export const MEAN_ORDINARY_WEIGHT =
  ORDINARY_KINDS.reduce((sum, kind) => sum + kind.share * kind.weight, 0) / totalShare;

export function pickOrdinaryKind(rng) {
  let roll = rng.next() * totalShare;
  for (const kind of ORDINARY_KINDS) {
    roll -= kind.share;
    if (roll < 0) return kind;
  }
  return ORDINARY_KINDS[ORDINARY_KINDS.length - 1];
}
