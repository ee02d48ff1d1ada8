/**
 * Hosts and header values shared by the ordinary and the API Gateway traffic. Hosts are the fake
 * ones of the common brief so that bench files and the e2e fake gateway speak about the same APIs.
 */

export const HOSTS = {
  rest: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
  httpApi: 'h7t8p9a0p1.execute-api.eu-west-1.amazonaws.com',
  customDomain: 'api.demo-shop.test',
  vpce: 'vpce-0a1b2c3d4e5f67890-abcd1234.execute-api.us-east-1.vpce.amazonaws.com',
  appsync: 'abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com',
  page: 'demo.apigw403.test',
  static: 'static.demo.apigw403.test',
  images: 'img.demo.apigw403.test',
  analytics: 'collect.analytics.test',
};

export const PAGE_ORIGIN = `https://${HOSTS.page}`;

export function uuid(rng) {
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`;
}

export function httpDate(ms) {
  return new Date(ms).toUTCString();
}

function base64Url(text) {
  return Buffer.from(text).toString('base64url');
}

function jwt(
  rng,
  { expMs, scope = 'orders:read', issuer = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Demo1' },
) {
  const header = base64Url(JSON.stringify({ alg: 'RS256', kid: rng.alnum(12), typ: 'JWT' }));
  const claims = base64Url(
    JSON.stringify({
      sub: uuid(rng),
      iss: issuer,
      client_id: rng.alnum(26).toLowerCase(),
      token_use: 'access',
      scope,
      exp: Math.floor(expMs / 1000),
      iat: Math.floor(expMs / 1000) - 3600,
    }),
  );
  return `${header}.${claims}.${rng.alnum(86)}`;
}

/**
 * The secrets of one browsing session: a few tokens that many requests reuse, as in a real capture.
 */
export function createCredentials(rng, startedMs) {
  const pool = (size, make) => Array.from({ length: size }, make);
  const bearers = pool(4, () => jwt(rng, { expMs: startedMs + 8 * 3_600_000 }));
  const cookies = pool(3, () => `session=${rng.alnum(48)}`);
  const appsyncTokens = pool(2, () => rng.alnum(200));
  return {
    bearer: () => rng.pick(bearers),
    cookie: () => rng.pick(cookies),
    appsyncToken: () => rng.pick(appsyncTokens),
  };
}

export function restGatewayHeaders(rng, errorType) {
  const headers = [
    { name: 'x-amzn-RequestId', value: uuid(rng) },
    { name: 'x-amz-apigw-id', value: `${rng.alnum(14)}=` },
    { name: 'X-Amzn-Trace-Id', value: `Root=1-${rng.hex(8)}-${rng.hex(24)}` },
  ];
  if (errorType) headers.push({ name: 'x-amzn-ErrorType', value: errorType });
  return headers;
}

export function httpApiGatewayHeaders(rng) {
  return [{ name: 'apigw-requestid', value: `${rng.alnum(14)}=` }];
}

export function corsHeaders() {
  return [
    { name: 'access-control-allow-origin', value: PAGE_ORIGIN },
    { name: 'access-control-allow-credentials', value: 'true' },
  ];
}
