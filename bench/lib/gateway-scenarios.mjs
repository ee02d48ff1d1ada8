/**
 * One API Gateway (or what stands in front of it) 4xx per catalogue cause, with the exact wire
 * strings AWS documents for each cause of the catalogue (src/core/catalogue.ts). Each scenario returns an exchange description that
 * har-entry.mjs turns into a Chrome-shaped HAR entry (`credentials`: wire.mjs createCredentials); `cause` is the id the scenario was built
 * to exhibit (several are wire-identical by design, so it is not an expected classifier answer).
 */
import {
  ACCOUNT,
  amzDate,
  corsHeaders,
  HOSTS,
  httpApiGatewayHeaders,
  REST_API_ID,
  restGatewayHeaders,
  sigv4Headers,
} from './wire.mjs';

const json = (value) => ({ text: JSON.stringify(value), mimeType: 'application/json' });
const html = (text) => ({ text, mimeType: 'text/html' });
const REST = `https://${HOSTS.rest}`;
const HTTP_API = `https://${HOSTS.httpApi}`;
const CUSTOM = `https://${HOSTS.customDomain}`;
const VPCE = `https://${HOSTS.vpce}`;
const RESOURCES = ['orders', 'orders/1042', 'carts/current', 'reports/daily', 'users/me', 'payments'];
const FIVE_MINUTES = 5 * 60 * 1000;

function invokeArn(method, stage, resource) {
  return `arn:aws:execute-api:us-east-1:${ACCOUNT}:${REST_API_ID}/${stage}/${method}/${resource}`;
}

function restError(rng, { errorType, body, status = 403, cors = true }) {
  return {
    status,
    responseHeaders: [...restGatewayHeaders(rng, errorType), ...(cors ? corsHeaders() : [])],
    body,
  };
}

function bearer(credentials) {
  return { name: 'authorization', value: `Bearer ${credentials.bearer()}` };
}

const forbidden = (rng) =>
  restError(rng, { errorType: 'ForbiddenException', body: json({ message: 'Forbidden' }) });
const missingToken = (rng) =>
  restError(rng, {
    errorType: 'MissingAuthenticationTokenException',
    body: json({ message: 'Missing Authentication Token' }),
  });

function notKeyValuePair(rng, credentials) {
  const header = bearer(credentials);
  const token = header.value.slice('Bearer '.length);
  return {
    header,
    response: restError(rng, {
      errorType: 'IncompleteSignatureException',
      body: json({
        message: `'${token}' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer ${token}'.`,
      }),
    }),
  };
}

export const GATEWAY_SCENARIOS = [
  {
    cause: 'lambda-authorizer-explicit-deny',
    build: (rng, _ms, credentials) => ({
      method: 'GET',
      url: `${REST}/prod/${rng.pick(RESOURCES)}`,
      requestHeaders: [bearer(credentials)],
      ...restError(rng, {
        errorType: 'AccessDeniedException',
        body: json({ Message: 'User is not authorized to access this resource with an explicit deny' }),
      }),
    }),
  },
  {
    cause: 'lambda-authorizer-implicit-deny',
    build: (rng, _ms, credentials) => ({
      method: 'DELETE',
      url: `${REST}/prod/orders/${rng.int(9000) + 1000}`,
      requestHeaders: [bearer(credentials)],
      ...restError(rng, {
        errorType: 'AccessDeniedException',
        body: json({ Message: 'User is not authorized to access this resource' }),
      }),
    }),
  },
  {
    cause: 'iam-explicit-deny',
    build: (rng, ms) => ({
      method: 'GET',
      url: `${REST}/prod/reports/daily`,
      requestHeaders: sigv4Headers(rng, { ms }),
      ...restError(rng, {
        errorType: 'AccessDeniedException',
        body: json({
          Message: `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: execute-api:Invoke on resource: ${invokeArn('GET', 'prod', 'reports/daily')} with an explicit deny in a resource-based policy`,
        }),
      }),
    }),
  },
  {
    cause: 'iam-anonymous-not-allowed',
    build: (rng) => ({
      method: 'GET',
      url: `${REST}/prod/reports/daily`,
      requestHeaders: [],
      ...restError(rng, {
        errorType: 'AccessDeniedException',
        body: json({
          Message: `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${invokeArn('GET', 'prod', 'reports/daily')} because no resource-based policy allows the execute-api:Invoke action`,
        }),
      }),
    }),
  },
  {
    cause: 'iam-identity-not-allowed',
    build: (rng, ms, credentials) => ({
      method: 'POST',
      url: `${REST}/prod/payments`,
      requestHeaders: sigv4Headers(rng, { ms, sessionToken: credentials.sessionToken() }),
      requestBody: json({ amount: rng.int(10000), currency: 'EUR' }),
      ...restError(rng, {
        errorType: 'AccessDeniedException',
        body: json({
          Message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/web-app-role/session-${rng.int(999)} is not authorized to perform: execute-api:Invoke on resource: ${invokeArn('POST', 'prod', 'payments')} because no identity-based policy allows the execute-api:Invoke action`,
        }),
      }),
    }),
  },
  {
    cause: 'vpc-endpoint-policy-deny',
    build: (rng, ms) => ({
      method: 'GET',
      url: `${VPCE}/prod/orders`,
      requestHeaders: [{ name: 'x-apigw-api-id', value: REST_API_ID }, ...sigv4Headers(rng, { ms })],
      ...restError(rng, {
        errorType: 'AccessDeniedException',
        body: json({
          Message: `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: execute-api:Invoke on resource: ${invokeArn('GET', 'prod', 'orders')} because no VPC endpoint policy allows the execute-api:Invoke action`,
        }),
      }),
    }),
  },
  {
    cause: 'invalid-security-token',
    build: (rng, ms) => ({
      method: 'GET',
      url: `${REST}/prod/orders`,
      requestHeaders: sigv4Headers(rng, { ms }),
      ...restError(rng, {
        errorType: 'UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/',
        body: json({ message: 'The security token included in the request is invalid.' }),
      }),
    }),
  },
  {
    cause: 'expired-security-token',
    build: (rng, ms, credentials) => ({
      method: 'GET',
      url: `${REST}/prod/orders`,
      requestHeaders: sigv4Headers(rng, { ms, sessionToken: credentials.sessionToken() }),
      ...restError(rng, {
        errorType: 'ExpiredTokenException',
        body: json({ message: 'The security token included in the request is expired' }),
      }),
    }),
  },
  {
    cause: 'missing-authentication-token',
    build: (rng) => ({
      method: 'GET',
      url: `${REST}/prod/reports/daily`,
      requestHeaders: [],
      ...missingToken(rng),
    }),
  },
  {
    cause: 'signature-expired',
    build: (rng, ms) => {
      const signedAt = ms - FIVE_MINUTES - (rng.int(55) + 1) * 60_000;
      return {
        method: 'GET',
        url: `${REST}/prod/orders`,
        requestHeaders: sigv4Headers(rng, { ms: signedAt }),
        ...restError(rng, {
          errorType: 'InvalidSignatureException',
          body: json({
            message: `Signature expired: ${amzDate(signedAt)} is now earlier than ${amzDate(ms - FIVE_MINUTES)} (${amzDate(ms)} - 5 min.)`,
          }),
        }),
      };
    },
  },
  {
    cause: 'signature-not-yet-current',
    build: (rng, ms) => {
      const signedAt = ms + FIVE_MINUTES + (rng.int(55) + 1) * 60_000;
      return {
        method: 'GET',
        url: `${REST}/prod/orders`,
        requestHeaders: sigv4Headers(rng, { ms: signedAt }),
        ...restError(rng, {
          errorType: 'InvalidSignatureException',
          body: json({
            message: `Signature not yet current: ${amzDate(signedAt)} is still later than ${amzDate(ms + FIVE_MINUTES)} (${amzDate(ms)} + 5 min.)`,
          }),
        }),
      };
    },
  },
  {
    cause: 'invalid-api-key',
    build: (rng, _ms, credentials) => ({
      method: 'GET',
      url: `${REST}/prod/orders`,
      requestHeaders: [{ name: 'api-key', value: credentials.apiKey() }],
      ...forbidden(rng),
    }),
  },
  {
    cause: 'signature-mismatch',
    build: (rng, ms) => {
      const signed = sigv4Headers(rng, { ms });
      const date = amzDate(ms);
      const canonical = `GET\n/prod/orders\nlimit=20&status=open\nhost:${HOSTS.rest}\nx-amz-date:${date}\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`;
      const stringToSign = `AWS4-HMAC-SHA256\n${date}\n${date.slice(0, 8)}/us-east-1/execute-api/aws4_request\n${rng.hex(64)}`;
      return {
        method: 'GET',
        url: `${REST}/prod/orders?status=open&limit=20`,
        requestHeaders: signed,
        ...restError(rng, {
          errorType: 'InvalidSignatureException',
          body: json({
            message: `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
          }),
        }),
      };
    },
  },
  {
    cause: 'credential-scope-invalid',
    build: (rng, ms) => ({
      method: 'GET',
      url: `${REST}/prod/orders`,
      requestHeaders: sigv4Headers(rng, { ms, region: 'us-west-2' }),
      ...restError(rng, {
        errorType: 'InvalidSignatureException',
        body: json({ message: "Credential should be scoped to a valid region, not 'us-west-2'. " }),
      }),
    }),
  },
  {
    cause: 'waf-blocked',
    build: (rng) => ({
      method: 'POST',
      url: `${REST}/prod/carts/current`,
      requestHeaders: [],
      requestBody: json({ sku: `SKU-${rng.alnum(8)}`, quantity: 1 }),
      ...restError(rng, {
        errorType: 'ForbiddenException',
        body: { text: '', mimeType: 'application/json' },
      }),
    }),
  },
  {
    cause: 'waf-challenge',
    build: (rng) => {
      const captcha = rng.chance(0.5);
      return {
        method: 'GET',
        url: `${REST}/prod/orders`,
        requestHeaders: [],
        status: captcha ? 405 : 202,
        responseHeaders: [
          { name: 'x-amzn-waf-action', value: captcha ? 'captcha' : 'challenge' },
          ...corsHeaders(),
        ],
        body: html(
          '<!DOCTYPE html><html><head><title></title><script src="/challenge.js"></script></head><body></body></html>',
        ),
      };
    },
  },
  {
    cause: 'resource-not-found-unsigned',
    build: (rng) => ({
      method: 'GET',
      url: `${REST}/prod/ordres/`,
      requestHeaders: [],
      ...missingToken(rng),
    }),
  },
  {
    cause: 'resource-not-found-signed',
    build: (rng, _ms, credentials) => {
      const { header, response } = notKeyValuePair(rng, credentials);
      return { method: 'GET', url: `${REST}/orders`, requestHeaders: [header], ...response };
    },
  },
  {
    cause: 'iam-method-non-sigv4-authorization',
    build: (rng, _ms, credentials) => {
      const token = credentials.bearer();
      return {
        method: 'GET',
        url: `${REST}/prod/reports/daily`,
        requestHeaders: [{ name: 'authorization', value: token }],
        ...restError(rng, {
          errorType: 'IncompleteSignatureException',
          body: json({
            message: `Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${token}`,
          }),
        }),
      };
    },
  },
  {
    cause: 'vpce-policy-reads-authorization',
    build: (rng, _ms, credentials) => {
      const { header, response } = notKeyValuePair(rng, credentials);
      return {
        method: 'GET',
        url: `${VPCE}/prod/orders`,
        requestHeaders: [{ name: 'x-apigw-api-id', value: REST_API_ID }, header],
        ...response,
      };
    },
  },
  {
    cause: 'private-api-public-dns-missing-host',
    build: (rng) => ({ method: 'GET', url: `${VPCE}/prod/orders`, requestHeaders: [], ...forbidden(rng) }),
  },
  {
    cause: 'vpce-private-dns-public-api',
    build: (rng) => ({ method: 'GET', url: `${REST}/prod/orders`, requestHeaders: [], ...forbidden(rng) }),
  },
  {
    cause: 'default-endpoint-disabled',
    build: (rng) => ({ method: 'GET', url: `${REST}/prod/users/me`, requestHeaders: [], ...forbidden(rng) }),
  },
  {
    cause: 'mtls-invalid-client-cert',
    build: (rng) => ({ method: 'GET', url: `${CUSTOM}/orders`, requestHeaders: [], ...forbidden(rng) }),
  },
  {
    cause: 'custom-domain-no-base-path-mapping',
    build: (rng) => ({
      method: 'GET',
      url: `${CUSTOM}/billing/invoices`,
      requestHeaders: [],
      ...forbidden(rng),
    }),
  },
  {
    cause: 'custom-domain-stage-in-url',
    build: (rng) => ({
      method: 'GET',
      url: `${CUSTOM}/prod/orders`,
      requestHeaders: [],
      ...missingToken(rng),
    }),
  },
  {
    cause: 'invalid-stage',
    build: (rng) => ({ method: 'GET', url: `${REST}/staging/orders`, requestHeaders: [], ...forbidden(rng) }),
  },
  {
    cause: 'origin-proxy',
    build: () => ({
      method: 'GET',
      url: `${REST}/prod/orders`,
      requestHeaders: [],
      status: 403,
      responseHeaders: [
        { name: 'server', value: 'squid/5.7' },
        { name: 'x-squid-error', value: 'ERR_ACCESS_DENIED 0' },
        { name: 'via', value: '1.1 proxy.corp.example (squid/5.7)' },
      ],
      body: html(
        '<html><body><h1>ERROR</h1><p>The requested URL could not be retrieved</p><p>Access Denied.</p></body></html>',
      ),
    }),
  },
  {
    cause: 'origin-cloudfront',
    build: (rng) => ({
      method: 'GET',
      url: `${CUSTOM}/orders`,
      requestHeaders: [],
      status: 403,
      responseHeaders: [
        { name: 'server', value: 'CloudFront' },
        { name: 'x-cache', value: 'Error from cloudfront' },
        { name: 'via', value: `1.1 ${rng.hex(32)}.cloudfront.net (CloudFront)` },
        { name: 'x-amz-cf-pop', value: 'FRA56-P5' },
        { name: 'x-amz-cf-id', value: `${rng.alnum(52)}==` },
      ],
      body: html(
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>403 ERROR</H1><H2>The request could not be satisfied.</H2><HR noshade size="1px">Request blocked.<BR clear="all"><HR noshade size="1px"><PRE>Generated by cloudfront (CloudFront)</PRE></BODY></HTML>',
      ),
    }),
  },
  {
    cause: 'origin-alb',
    build: () => ({
      method: 'GET',
      url: `${CUSTOM}/orders`,
      requestHeaders: [],
      status: 403,
      responseHeaders: [{ name: 'server', value: 'awselb/2.0' }],
      body: html(
        '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>\r\n',
      ),
    }),
  },
  {
    cause: 'not-api-gateway',
    build: (rng) => ({
      method: 'GET',
      url: `${CUSTOM}/static/app.json`,
      requestHeaders: [],
      status: 403,
      responseHeaders: [
        { name: 'server', value: 'AmazonS3' },
        { name: 'x-amz-request-id', value: rng.alnum(16).toUpperCase() },
        { name: 'x-amz-id-2', value: `${rng.alnum(76)}=` },
      ],
      body: {
        text: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>${rng.alnum(16).toUpperCase()}</RequestId><HostId>${rng.alnum(56)}</HostId></Error>`,
        mimeType: 'application/xml',
      },
    }),
  },
  {
    cause: 'backend-integration-response',
    build: (rng) => ({
      method: 'POST',
      url: `${REST}/prod/payments`,
      requestHeaders: [],
      requestBody: json({ amount: rng.int(10000), currency: 'EUR' }),
      ...restError(rng, {
        errorType: undefined,
        body: json({
          error: 'card_declined',
          detail: 'The card issuer declined this payment.',
          traceId: rng.hex(16),
        }),
      }),
    }),
  },
  {
    cause: 'cors-preflight-403',
    build: (rng) => ({
      method: 'OPTIONS',
      url: `${REST}/prod/orders`,
      preflight: true,
      requestHeaders: [
        { name: 'access-control-request-method', value: 'POST' },
        { name: 'access-control-request-headers', value: 'authorization,content-type' },
      ],
      ...restError(rng, {
        errorType: 'MissingAuthenticationTokenException',
        body: json({ message: 'Missing Authentication Token' }),
        cors: false,
      }),
      blockedFollowUp: true,
    }),
  },
  {
    cause: 'cors-masked-403',
    build: (rng, _ms, credentials) => ({
      method: 'GET',
      url: `${REST}/prod/orders`,
      requestHeaders: [bearer(credentials)],
      ...restError(rng, {
        errorType: 'AccessDeniedException',
        body: json({ Message: 'User is not authorized to access this resource with an explicit deny' }),
        cors: false,
      }),
    }),
  },
  {
    cause: 'authorizer-unauthorized-401',
    build: (rng) => ({
      method: 'GET',
      url: `${REST}/prod/users/me`,
      requestHeaders: [],
      ...restError(rng, {
        status: 401,
        errorType: 'UnauthorizedException',
        body: json({ message: 'Unauthorized' }),
      }),
    }),
  },
  {
    cause: 'jwt-invalid-token-401',
    build: (rng, _ms, credentials) => ({
      method: 'GET',
      url: `${HTTP_API}/orders`,
      requestHeaders: [{ name: 'authorization', value: `Bearer ${credentials.expiredBearer()}` }],
      status: 401,
      responseHeaders: [
        ...httpApiGatewayHeaders(rng),
        {
          name: 'www-authenticate',
          value: 'Bearer scope="" error="invalid_token" error_description="the token has expired"',
        },
        ...corsHeaders(),
      ],
      body: json({ message: 'Unauthorized' }),
    }),
  },
  {
    cause: 'jwt-insufficient-scope',
    build: (rng, _ms, credentials) => ({
      method: 'POST',
      url: `${HTTP_API}/orders`,
      requestHeaders: [bearer(credentials)],
      requestBody: json({ sku: `SKU-${rng.alnum(8)}`, quantity: 2 }),
      status: 403,
      responseHeaders: [
        ...httpApiGatewayHeaders(rng),
        {
          name: 'www-authenticate',
          value:
            'Bearer scope="orders:write" error="insufficient_scope" error_description="the token does not have the required scope"',
        },
        ...corsHeaders(),
      ],
      body: json({ message: 'Forbidden' }),
    }),
  },
];
