/**
 * The fake API Gateway's table: one row per way a browser meets a 403 (or a look-alike that must stay silent).
 * Each row says what the demo page sends, what the gateway answers (exact status, headers and body of
 * docs/causes.md; a cause's documented text comes from its examples, src/core/causes/<id>.examples.ts), and
 * which top cause the panel must show. The server, the demo page and the e2e specs all
 * read this one table.
 * @typedef {import('./cases.d.mts').GatewayCase} GatewayCase
 * @typedef {import('./cases.d.mts').CaseResponse} CaseResponse
 * @typedef {import('./cases.d.mts').IncomingRequest} IncomingRequest
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { amzDate } from './demo/request-headers.js';

/** The causes' wire examples (src/core/causes/<id>.examples.ts), the one place a cause's answer is written. */
const { module: causeExamples } = await runnerImport(
  fileURLToPath(new URL('../../src/core/causes/examples.ts', import.meta.url)),
  { configFile: false, logLevel: 'error' },
);

/**
 * The body the example `name` of `cause` is answered with: a row that answers with a cause's documented
 * text takes it from the cause's examples, not from a copy.
 * @param {string} cause
 * @param {string} name
 * @returns {string}
 */
const exampleBody = (cause, name) => {
  const example = causeExamples.CAUSE_EXAMPLES[cause]?.find(
    (/** @type {{ name: string }} */ e) => e.name === name,
  );
  const text = example?.entry.response.content?.text;
  if (text === undefined) throw new Error(`no example "${name}" of ${cause} with a body`);
  return text;
};

export const HOSTS = {
  demo: 'demo.apigw403.test',
  rest: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
  http: 'h7t8p9a0p1.execute-api.eu-west-1.amazonaws.com',
  customDomain: 'api.demo-shop.test',
  vpce: 'vpce-0a1b2c3d4e5f67890-abcd1234.execute-api.us-east-1.vpce.amazonaws.com',
  awsService: 'abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com',
};

export const DEMO_ORIGIN = `http://${HOSTS.demo}`;

const ACCOUNT = '123456789012';
/** API Gateway masks the account in the resource ARN of its IAM messages. */
const MASKED_ACCOUNT = '********9012';

/** @param {string} stageMethodPath e.g. `prod/GET/reports` */
const restArn = (stageMethodPath) =>
  `arn:aws:execute-api:us-east-1:${MASKED_ACCOUNT}:a1b2c3d4e5/${stageMethodPath}`;

/** Headers of any REST API answer, including what an integration passed through. @type {Array<[string, string]>} */
const restIds = [
  ['content-type', 'application/json'],
  ['x-amzn-requestid', '{{uuid}}'],
  ['x-amz-apigw-id', '{{apigwId}}'],
];

/**
 * Headers of an error that API Gateway (REST) generated itself.
 * @param {string} errorType
 * @returns {Array<[string, string]>}
 */
const restError = (errorType) => [...restIds, ['x-amzn-errortype', errorType]];

/** @type {Array<[string, string]>} */
const httpApiIds = [
  ['content-type', 'application/json'],
  ['apigw-requestid', '{{apigwId}}'],
];

/** CloudFront headers an edge-optimized API adds next to the API Gateway ids. @type {Array<[string, string]>} */
const edgeHops = [
  ['x-cache', 'Error from cloudfront'],
  ['via', '1.1 0f1e2d3c4b5a69788796a5b4c3d2e1f0.cloudfront.net (CloudFront)'],
  ['x-amz-cf-pop', 'IAD89-C1'],
  ['x-amz-cf-id', 'q1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9P0aZsXdCfVgBhNjMk_lo9Ki8Ju7Q=='],
];

/** @param {string} text */
const message = (text) => JSON.stringify({ message: text });
/** @param {string} text REST authorizer and IAM answers use a capital `Message` key. */
const capitalMessage = (text) => JSON.stringify({ Message: text });

/** @param {IncomingRequest} request */
const sentAmzDate = (request) => request.headers['x-amz-date'] ?? amzDate(request.receivedAt);

/**
 * @param {IncomingRequest} request
 * @param {number} minutes
 */
const serverTimeShifted = (request, minutes) =>
  amzDate(new Date(request.receivedAt.getTime() + minutes * 60_000));

/**
 * The canonical request AWS would print for a GET signed with `host;x-amz-date` and an empty payload.
 * @param {IncomingRequest} request
 */
const canonicalRequest = (request) => {
  const url = new URL(request.path, 'http://placeholder');
  const query = [...url.searchParams]
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .sort()
    .join('&');
  return [
    request.method,
    url.pathname,
    query,
    `host:${request.headers.host ?? ''}`,
    `x-amz-date:${sentAmzDate(request)}`,
    '',
    'host;x-amz-date',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ].join('\n');
};

/** @param {IncomingRequest} request */
const authorizationValue = (request) => request.headers.authorization ?? '';

/** @param {IncomingRequest} request */
const bearerToken = (request) => authorizationValue(request).replace(/^Bearer\s+/i, '');

/** Sent where a client thinks it is authenticated (Lambda/JWT authorizers). */
const ordersReader = { expMinutes: 60, claims: { sub: 'user-1', scope: 'orders:read', token_use: 'access' } };

/** SigV4 signed for the REST API's own service and region. */
const restSigned = { region: 'us-east-1', service: 'execute-api' };

const cloudFrontErrorPage = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>403 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
The Amazon CloudFront distribution is configured to block access from your country.
<BR clear="all">
<HR noshade size="1px">
<PRE>
Generated by cloudfront (CloudFront)
Request ID: q1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9P0aZsXdCfVgBhNjMk_lo9Ki8Ju7Q==
</PRE>
</BODY></HTML>
`;

/** @type {readonly GatewayCase[]} */
export const CASES = [
  {
    id: 'rest-200',
    title: 'REST API: 200 OK (must not be flagged)',
    expect: null,
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/health' },
    response: { status: 200, headers: restIds, body: JSON.stringify({ status: 'ok' }) },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'aws-service-401',
    title: 'AppSync (an AWS service, not API Gateway): 401 with x-amz-apigw-id (must not be flagged)',
    expect: null,
    request: {
      method: 'POST',
      host: HOSTS.awsService,
      path: '/graphql',
      json: { query: '{ listOrders { items { id } } }' },
    },
    response: {
      status: 401,
      headers: restError('UnauthorizedException'),
      body: JSON.stringify({
        data: null,
        errors: [
          { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' },
        ],
      }),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'lambda-authorizer-explicit-deny',
    title: 'Lambda authorizer returned an explicit Deny',
    expect: 'lambda-authorizer-explicit-deny',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/orders', bearer: ordersReader },
    response: {
      status: 403,
      headers: restError('AccessDeniedException'),
      body: exampleBody('lambda-authorizer-explicit-deny', 'Lambda authorizer returned Deny'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'lambda-authorizer-implicit-deny',
    title: 'Lambda authorizer policy does not cover this method',
    expect: 'lambda-authorizer-implicit-deny',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/orders/42', bearer: ordersReader },
    response: {
      status: 403,
      headers: restError('AccessDeniedException'),
      body: exampleBody('lambda-authorizer-implicit-deny', 'policy cached for another method'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'iam-explicit-deny',
    title: 'IAM: a policy explicitly denies execute-api:Invoke',
    expect: 'iam-explicit-deny',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/admin/users', sigv4: restSigned },
    response: {
      status: 403,
      headers: restError('AccessDeniedException'),
      body: capitalMessage(
        `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: execute-api:Invoke on resource: ${restArn('prod/GET/admin/users')} with an explicit deny in a resource-based policy`,
      ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'iam-anonymous-not-allowed',
    title: 'IAM: unsigned call to a method that needs SigV4',
    expect: 'iam-anonymous-not-allowed',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/reports' },
    response: {
      status: 403,
      headers: restError('AccessDeniedException'),
      body: capitalMessage(
        `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${restArn('prod/GET/reports')}`,
      ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'edge-optimized-anonymous',
    title: 'Edge-optimized API (CloudFront headers + API Gateway ids): anonymous caller',
    expect: 'iam-anonymous-not-allowed',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/partners' },
    response: {
      status: 403,
      headers: [...restError('AccessDeniedException'), ...edgeHops],
      body: capitalMessage(
        `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${restArn('prod/GET/partners')} because no resource-based policy allows the execute-api:Invoke action`,
      ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'iam-identity-not-allowed',
    title: 'IAM: the signed role has no Allow for execute-api:Invoke',
    expect: 'iam-identity-not-allowed',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/invoices', sigv4: restSigned },
    response: {
      status: 403,
      headers: restError('AccessDeniedException'),
      body: capitalMessage(
        `User: arn:aws:sts::${ACCOUNT}:assumed-role/frontend-role/alice is not authorized to perform: execute-api:Invoke on resource: ${restArn('prod/GET/invoices')} because no identity-based policy allows the execute-api:Invoke action`,
      ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'http-api-iam-forbidden',
    title: 'HTTP API with IAM auth: signed caller gets a bare Forbidden',
    expect: 'iam-identity-not-allowed',
    request: {
      method: 'GET',
      host: HOSTS.http,
      path: '/internal/metrics',
      sigv4: { region: 'eu-west-1', service: 'execute-api' },
    },
    response: {
      status: 403,
      headers: httpApiIds,
      body: exampleBody('iam-identity-not-allowed', 'HTTP API IAM route, bare Forbidden'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'invalid-security-token',
    title: 'SigV4 with an access key AWS does not know (errortype with a ":" suffix)',
    expect: 'invalid-security-token',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/profile', sigv4: restSigned },
    response: {
      status: 403,
      headers: restError(
        'UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/',
      ),
      body: exampleBody(
        'invalid-security-token',
        'deleted access key, UnrecognizedClientException with suffix',
      ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'expired-security-token',
    title: 'SigV4 with expired temporary credentials',
    expect: 'expired-security-token',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/profile/settings',
      sigv4: { ...restSigned, securityToken: true },
    },
    response: {
      status: 403,
      headers: restError('ExpiredTokenException'),
      body: exampleBody('expired-security-token', 'expired STS session'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'signature-expired',
    title: 'SigV4 signed with a clock 20 minutes behind',
    expect: 'signature-expired',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/payments',
      sigv4: { ...restSigned, clockSkewMinutes: -20 },
    },
    response: {
      status: 403,
      headers: restError('InvalidSignatureException'),
      body: (request) =>
        message(
          `Signature expired: ${sentAmzDate(request)} is now earlier than ${serverTimeShifted(request, -5)} (${amzDate(request.receivedAt)} - 5 min.)`,
        ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'signature-not-yet-current',
    title: 'SigV4 signed with a clock 20 minutes ahead',
    expect: 'signature-not-yet-current',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/payments/pending',
      sigv4: { ...restSigned, clockSkewMinutes: 20 },
    },
    response: {
      status: 403,
      headers: restError('InvalidSignatureException'),
      body: (request) =>
        message(
          `Signature not yet current: ${sentAmzDate(request)} is still later than ${serverTimeShifted(request, 5)} (${amzDate(request.receivedAt)} + 5 min.)`,
        ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'signature-mismatch',
    title: 'SigV4 signature does not match (AWS prints its canonical request)',
    expect: 'signature-mismatch',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/search?sort=price&q=red%20shoes',
      sigv4: restSigned,
    },
    response: {
      status: 403,
      headers: restError('InvalidSignatureException'),
      body: (request) => {
        const stringToSign = [
          'AWS4-HMAC-SHA256',
          sentAmzDate(request),
          `${sentAmzDate(request).slice(0, 8)}/us-east-1/execute-api/aws4_request`,
          '5d6c9f0a3e1b7c2d4f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e',
        ].join('\n');
        return message(
          `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'${canonicalRequest(request)}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
        );
      },
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'credential-scope-invalid',
    title: 'SigV4 scoped to the wrong service (s3 instead of execute-api)',
    expect: 'credential-scope-invalid',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/catalog',
      sigv4: { region: 'us-east-1', service: 's3' },
    },
    response: {
      status: 403,
      headers: restError('InvalidSignatureException'),
      body: message("Credential should be scoped to correct service: 'execute-api'. "),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'invalid-api-key',
    title: 'API key sent under the wrong name (api-key instead of x-api-key)',
    expect: 'invalid-api-key',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/products',
      headers: { 'api-key': 'k3yD3m0AbCdEfGhIjKlMnOpQrStUvWxYz0123456' },
    },
    response: {
      status: 403,
      headers: restError('ForbiddenException'),
      body: exampleBody('invalid-api-key', 'key sent under the wrong name'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'waf-blocked',
    title: 'AWS WAF blocked the request (403 with an empty body)',
    expect: 'waf-blocked',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/checkout?coupon=%27%20OR%201%3D1--',
      headers: { 'x-api-key': 'k3yD3m0AbCdEfGhIjKlMnOpQrStUvWxYz0123456' },
    },
    response: {
      status: 403,
      headers: [
        ...restError('ForbiddenException').filter(([name]) => name !== 'content-type'),
        ['content-length', '0'],
      ],
      body: '',
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'waf-challenge',
    title: 'AWS WAF answered with a challenge (202)',
    expect: 'waf-challenge',
    request: { method: 'GET', host: HOSTS.customDomain, path: '/signup' },
    response: {
      status: 202,
      headers: [
        ['content-type', 'text/html; charset=UTF-8'],
        ['x-amzn-waf-action', 'challenge'],
        ['cache-control', 'no-store, max-age=0'],
      ],
      body: '<!DOCTYPE html><html lang="en"><head><title>Human Verification</title></head><body><div id="challenge-container"></div><noscript>JavaScript is disabled</noscript></body></html>',
    },
    cors: false,
    preflight: 'ok',
  },
  {
    id: 'invalid-stage',
    title: 'REST API: stage "beta" is not deployed (prod works)',
    expect: 'invalid-stage',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/beta/health',
      headers: { 'x-api-key': 'k3yD3m0AbCdEfGhIjKlMnOpQrStUvWxYz0123456' },
    },
    response: {
      status: 403,
      headers: restError('ForbiddenException'),
      body: exampleBody('invalid-stage', 'dev stage never deployed, prod works'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'missing-authentication-token',
    title: 'IAM method called without a signature (other calls to this API are signed)',
    expect: 'missing-authentication-token',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/admin/audit' },
    response: {
      status: 403,
      headers: restError('MissingAuthenticationTokenException'),
      body: exampleBody('missing-authentication-token', 'same API signed elsewhere in the session'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'iam-method-non-sigv4-authorization',
    title: 'IAM method called with a Bearer token instead of SigV4',
    expect: 'iam-method-non-sigv4-authorization',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/admin/export', bearer: ordersReader },
    response: {
      status: 403,
      headers: restError('IncompleteSignatureException'),
      body: (request) =>
        message(
          `'${bearerToken(request)}' not a valid key=value pair (missing equal-sign) in Authorization header: '${authorizationValue(request)}'.`,
        ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'backend-integration-response',
    title: 'The backend itself answered 403 (passed through by API Gateway)',
    expect: 'backend-integration-response',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/orders/43/items', bearer: ordersReader },
    response: {
      status: 403,
      headers: restIds,
      body: JSON.stringify({ error: 'ORDER_FORBIDDEN', detail: 'Order 43 belongs to another customer' }),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'cors-preflight-403',
    title: 'CORS preflight (OPTIONS) rejected with 403',
    expect: 'cors-preflight-403',
    flaggedMethod: 'OPTIONS',
    request: {
      method: 'POST',
      host: HOSTS.rest,
      path: '/prod/cart',
      bearer: ordersReader,
      json: { sku: 'A-1' },
    },
    response: { status: 201, headers: restIds, body: JSON.stringify({ ok: true }) },
    cors: true,
    preflight: 'forbidden',
  },
  {
    id: 'cors-masked-403',
    title: 'A bare Forbidden without CORS headers (page code sees only "CORS error")',
    expect: 'cors-masked-403',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/wishlist',
      headers: { 'x-api-key': 'k3yD3m0AbCdEfGhIjKlMnOpQrStUvWxYz0123456' },
    },
    response: {
      status: 403,
      headers: restError('ForbiddenException'),
      body: exampleBody('cors-masked-403', 'cross-origin Forbidden without CORS headers'),
    },
    cors: false,
    preflight: 'ok',
  },
  {
    id: 'authorizer-unauthorized-401',
    title: 'Authorizer not invoked: token missing (401)',
    expect: 'authorizer-unauthorized-401',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/account' },
    response: {
      status: 401,
      headers: restError('UnauthorizedException'),
      body: exampleBody('authorizer-unauthorized-401', 'REST Lambda authorizer, token missing'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'origin-proxy',
    title: 'A corporate proxy (squid) refused the request',
    expect: 'origin-proxy',
    request: { method: 'GET', host: HOSTS.rest, path: '/prod/downloads/report.csv' },
    response: {
      status: 403,
      headers: [
        ['server', 'squid/5.7'],
        ['content-type', 'text/html;charset=utf-8'],
        ['x-squid-error', 'ERR_ACCESS_DENIED 0'],
        ['via', '1.1 proxy.corp.example (squid/5.7)'],
        ['x-cache', 'MISS from proxy.corp.example'],
      ],
      body: '<html><head><title>ERROR: The requested URL could not be retrieved</title></head><body><h1>Access Denied.</h1><p>Access control configuration prevents your request from being allowed at this time.</p></body></html>',
    },
    cors: false,
    preflight: 'ok',
  },
  {
    id: 'jwt-invalid-token-401',
    title: 'HTTP API JWT authorizer: expired token (401 + www-authenticate)',
    expect: 'jwt-invalid-token-401',
    request: {
      method: 'GET',
      host: HOSTS.http,
      path: '/orders',
      bearer: { expMinutes: -60, claims: { sub: 'user-1', scope: 'orders:read', token_use: 'access' } },
    },
    response: {
      status: 401,
      headers: [
        ...httpApiIds,
        [
          'www-authenticate',
          'Bearer scope="" error="invalid_token" error_description="the token has expired"',
        ],
      ],
      body: exampleBody('jwt-invalid-token-401', 'HTTP API JWT authorizer, expired token'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'jwt-insufficient-scope',
    title: 'HTTP API JWT authorizer: token lacks the route scope',
    expect: 'jwt-insufficient-scope',
    request: { method: 'DELETE', host: HOSTS.http, path: '/orders/42', bearer: ordersReader },
    response: {
      status: 403,
      headers: [
        ...httpApiIds,
        [
          'www-authenticate',
          'Bearer scope="orders:write" error="insufficient_scope" error_description="expected scopes: [orders:write]"',
        ],
      ],
      body: exampleBody('jwt-insufficient-scope', 'route requires orders/write'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'custom-domain-stage-in-url',
    title: 'Custom domain: stage name repeated in the URL',
    expect: 'custom-domain-stage-in-url',
    request: { method: 'GET', host: HOSTS.customDomain, path: '/prod/catalog/items' },
    response: {
      status: 403,
      headers: restError('MissingAuthenticationTokenException'),
      body: exampleBody('custom-domain-stage-in-url', 'stage repeated after the base path mapping'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'resource-not-found-unsigned',
    title: 'No such resource (typo in the path), unsigned',
    expect: 'resource-not-found-unsigned',
    request: { method: 'GET', host: HOSTS.customDomain, path: '/catalog/itemz' },
    response: {
      status: 403,
      headers: restError('MissingAuthenticationTokenException'),
      body: exampleBody('resource-not-found-unsigned', 'typo in the path'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'resource-not-found-signed',
    title: 'No such resource, called with a Bearer token',
    expect: 'resource-not-found-signed',
    request: { method: 'GET', host: HOSTS.customDomain, path: '/catalog/featured', bearer: ordersReader },
    response: {
      status: 403,
      headers: restError('IncompleteSignatureException'),
      body: (request) =>
        message(
          `Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorizationValue(request)}`,
        ),
    },
    withoutAuthorization: {
      status: 403,
      headers: restError('MissingAuthenticationTokenException'),
      body: message('Missing Authentication Token'),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'origin-cloudfront',
    title: 'CloudFront itself refused (geo restriction), API Gateway never saw it',
    expect: 'origin-cloudfront',
    request: { method: 'GET', host: HOSTS.customDomain, path: '/geo/offers' },
    response: {
      status: 403,
      headers: [
        ['server', 'CloudFront'],
        ['content-type', 'text/html'],
        ['x-cache', 'Error from cloudfront'],
        ['via', '1.1 0f1e2d3c4b5a69788796a5b4c3d2e1f0.cloudfront.net (CloudFront)'],
        ['x-amz-cf-pop', 'MAD53-P2'],
        ['x-amz-cf-id', 'q1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9P0aZsXdCfVgBhNjMk_lo9Ki8Ju7Q=='],
      ],
      body: cloudFrontErrorPage,
    },
    cors: false,
    preflight: 'ok',
  },
  {
    id: 'origin-alb',
    title: 'An Application Load Balancer rule refused',
    expect: 'origin-alb',
    request: { method: 'GET', host: HOSTS.customDomain, path: '/legacy/orders' },
    response: {
      status: 403,
      headers: [
        ['server', 'awselb/2.0'],
        ['content-type', 'text/html'],
      ],
      body: '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>\r\n',
    },
    cors: false,
    preflight: 'ok',
  },
  {
    id: 'not-api-gateway-s3',
    title: 'S3 answered AccessDenied (XML), not API Gateway',
    expect: 'not-api-gateway',
    request: { method: 'GET', host: HOSTS.customDomain, path: '/exports/2026-11.csv' },
    response: {
      status: 403,
      headers: [
        ['server', 'AmazonS3'],
        ['content-type', 'application/xml'],
        ['x-amz-request-id', 'TX0A1B2C3D4E5F6G7'],
        ['x-amz-id-2', 'hTx0/ZrlvbI3a2Xm6Yy1Jm3pAa9rF4n2Q5yWk8eO1dG7sT0uV3wX6yZ9aB2cD5eF8gH1iJ4kL7='],
      ],
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>TX0A1B2C3D4E5F6G7</RequestId><HostId>hTx0/ZrlvbI3a2Xm6Yy1Jm3pAa9rF4n2Q5yWk8eO1dG7sT0uV3wX6yZ9aB2cD5eF8gH1iJ4kL7=</HostId></Error>',
    },
    cors: false,
    preflight: 'ok',
  },
  {
    id: 'private-api-public-dns-missing-host',
    title: 'Private API via the endpoint public DNS name, without x-apigw-api-id',
    expect: 'private-api-public-dns-missing-host',
    request: { method: 'GET', host: HOSTS.vpce, path: '/prod/items' },
    response: {
      status: 403,
      headers: restError('ForbiddenException'),
      body: exampleBody(
        'private-api-public-dns-missing-host',
        'vpce DNS name without Host or x-apigw-api-id',
      ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'vpc-endpoint-policy-deny',
    title: 'Private API: the VPC endpoint policy does not allow this API',
    expect: 'vpc-endpoint-policy-deny',
    request: {
      method: 'GET',
      host: HOSTS.vpce,
      path: '/prod/items/stock',
      headers: { 'x-apigw-api-id': 'a1b2c3d4e5' },
    },
    response: {
      status: 403,
      headers: restError('AccessDeniedException'),
      body: capitalMessage(
        `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${restArn('prod/GET/items/stock')} because no VPC endpoint policy allows the execute-api:Invoke action`,
      ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    id: 'vpce-policy-reads-authorization',
    title: 'Private API: a custom endpoint policy makes the gateway read the Bearer token as SigV4',
    expect: 'vpce-policy-reads-authorization',
    request: {
      method: 'GET',
      host: HOSTS.vpce,
      path: '/prod/items/reserve',
      headers: { 'x-apigw-api-id': 'a1b2c3d4e5' },
      bearer: ordersReader,
    },
    response: {
      status: 403,
      headers: restError('IncompleteSignatureException'),
      body: (request) =>
        message(
          `'${bearerToken(request)}' not a valid key=value pair (missing equal-sign) in Authorization header: '${authorizationValue(request)}'.`,
        ),
    },
    cors: true,
    preflight: 'ok',
  },
  {
    // Issue 9 (e2e/hostile.spec.ts): markup, script and a javascript: URL in what the gateway sends back must
    // reach the panel as text. Last in the table so it changes no other row's session context.
    id: 'hostile-content',
    title: 'Hostile answer: HTML and script in the body and headers (shown as text)',
    expect: 'lambda-authorizer-explicit-deny',
    request: {
      method: 'GET',
      host: HOSTS.rest,
      path: '/prod/hostile?next=javascript:alert(1)',
      bearer: ordersReader,
    },
    response: {
      status: 403,
      headers: [
        ...restError('AccessDeniedException'),
        ['x-debug', '<img src=x onerror="globalThis.__apigw403_pwned=1">'],
        ['link', '<javascript:globalThis.__apigw403_pwned=1>; rel=preload'],
      ],
      body: capitalMessage(
        'User is not authorized to access this resource with an explicit deny <img src=x onerror="globalThis.__apigw403_pwned=1"><script>globalThis.__apigw403_pwned=1</script> <a href="javascript:globalThis.__apigw403_pwned=1">details</a> \u202egnp.exe zero\u200bwidth',
      ),
    },
    cors: true,
    preflight: 'ok',
  },
];

/** @type {Readonly<Partial<Record<import('../../src/core/types.ts').CauseId, string>>>} */
export const NOT_REPRODUCIBLE = {
  'mtls-invalid-client-cert':
    'wire-identical to custom-domain-no-base-path-mapping; the client certificate is invisible to DevTools',
  'default-endpoint-disabled':
    'wire-identical to invalid-stage; only the API configuration (a custom domain exists) tells them apart',
  'vpce-private-dns-public-api':
    'depends on DNS inside a VPC; a browser capture looks like any bare Forbidden from execute-api',
  'custom-domain-no-base-path-mapping':
    'a bare Forbidden from a custom domain: with a key sent, the key is the more frequent cause in real reports; only the domain mappings tell them apart (apigw403 confirm reads them)',
};

/** @param {GatewayCase} gatewayCase */
export const caseUrl = (gatewayCase) => `http://${gatewayCase.request.host}${gatewayCase.request.path}`;
