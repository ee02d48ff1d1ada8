/**
 * fast-check generators for HAR entries that look like API Gateway traffic often enough to reach the
 * rules (known hosts, header names, error types and message texts), and are hostile the rest of the
 * time: any Unicode, lone surrogates, control characters, prototype-ish names, huge and deep values.
 */
import fc from 'fast-check';

const ESC = '\u001b';

export const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      `${ESC}[2J${ESC}]0;title\u0007`,
      '\u202Egnp.exe\u200B\u200F',
      '<img src=x onerror=alert(1)><script>alert(1)</script>',
      'javascript:alert(1)',
      '\r\n\r\nInjected: yes',
      '%E0%A4%A',
      'A'.repeat(70_000),
    ),
  },
);

const hosts = fc.constantFrom(
  'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
  'h7t8p9a0p1.execute-api.eu-west-1.amazonaws.com',
  'a1b2c3d4e5-vpce-0a1b2c3d4e5f67890.execute-api.us-east-1.amazonaws.com',
  'vpce-0a1b2c3d4e5f67890-abcd1234.execute-api.us-east-1.vpce.amazonaws.com',
  'abcdefghij.execute-api.cn-north-1.amazonaws.com.cn',
  'api.demo-shop.test',
  'abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com',
  'search-domain.us-east-1.es.amazonaws.com',
  'bucket.s3.amazonaws.com',
  'example.com',
);

const pathSegment = fc.oneof(
  fc.constantFrom('prod', 'dev', 'v1', '$default', 'stage', 'orders', '42', '', '..', '%2F', 'a b', '🚀'),
  fc.string({ maxLength: 10 }),
);

export const urls = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom('https', 'http', 'HTTPS', 'ftp'),
        hosts,
        fc.option(fc.integer({ min: 0, max: 70_000 }), { nil: undefined }),
        fc.array(pathSegment, { maxLength: 4 }),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      )
      .map(
        ([scheme, host, port, segments, query]) =>
          `${scheme}://${host}${port === undefined ? '' : `:${port}`}/${segments.join('/')}${query === undefined ? '' : `?${query}`}`,
      ),
  },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: hostileText },
);

const errorTypes = fc.constantFrom(
  'AccessDeniedException',
  'UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/',
  'MissingAuthenticationTokenException',
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'ForbiddenException',
  'UnauthorizedException',
  'BadRequestException',
);

const messages = fc.constantFrom(
  'User is not authorized to access this resource with an explicit deny',
  'User is not authorized to access this resource',
  'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders',
  'User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders with an explicit deny in a resource-based policy',
  'The security token included in the request is invalid.',
  'The security token included in the request is expired',
  'Missing Authentication Token',
  'Signature expired: 20261124T101530Z is now earlier than 20261124T102100Z (20261124T102600Z - 5 min.)',
  'Signature not yet current: 20261124T103530Z is still later than 20261124T102600Z (20261124T102100Z + 5 min.)',
  'Forbidden',
  'Invalid API Key identifier specified',
  "Authorization header requires 'Credential' parameter. Authorization=Bearer abc",
  "'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'.",
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'GET\n/prod/orders\n\nhost:a1b2c3d4e5.execute-api.us-east-1.amazonaws.com\nx-amz-date:20261124T101530Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261124T101530Z\n20261124/us-east-1/execute-api/aws4_request\nabc'\n",
  "Credential should be scoped to correct service: 'execute-api'. ",
  "Credential should be scoped to a valid region, not 'eu-west-1'. ",
  'Unauthorized',
  'no VPC endpoint policy allows the execute-api:Invoke action',
);

const responseHeaderNames = fc.constantFrom(
  'x-amzn-errortype',
  'X-Amzn-ErrorType',
  'x-amzn-requestid',
  'x-amz-apigw-id',
  'apigw-requestid',
  'x-amzn-waf-action',
  'www-authenticate',
  'content-type',
  'content-length',
  'content-encoding',
  'date',
  'server',
  'via',
  'x-cache',
  'x-amz-cf-id',
  'x-amz-request-id',
  'x-amz-id-2',
  'x-squid-error',
  'cf-ray',
  'access-control-allow-origin',
  '__proto__',
);

const requestHeaderNames = fc.constantFrom(
  'authorization',
  'Authorization',
  'x-amz-date',
  'x-amz-security-token',
  'x-api-key',
  'api-key',
  'host',
  'Host',
  'origin',
  'access-control-request-method',
  'x-apigw-api-id',
  'cookie',
  'constructor',
);

const headerValues = fc.oneof(
  errorTypes,
  fc.constantFrom(
    'CloudFront',
    'awselb/2.0',
    'AmazonS3',
    'cloudflare',
    '1.1 abc.cloudfront.net (CloudFront), 1.1 squid',
    'Error from cloudfront',
    'challenge',
    'captcha',
    'block',
    '0',
    'Tue, 24 Nov 2026 10:26:00 GMT',
    '20261124T101530Z',
    'Bearer realm="x", error="invalid_token", error_description="the token has expired"',
    'Bearer error="insufficient_scope"',
    'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef',
    'AWS4-HMAC-SHA256 Credential=/, SignedHeaders=, Signature=',
    'Bearer eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjEsInNjb3BlIjoiYSBiIiwidG9rZW5fdXNlIjoiYWNjZXNzIn0.c2ln',
    'Bearer eyJ!!!.eyJ@@@.x',
    'https://demo.apigw403.test',
    'GET',
    ' padded-key ',
    'application/json',
    'text/html',
    'gzip',
  ),
  hostileText,
);

const header = (names: fc.Arbitrary<string>) =>
  fc.record({
    name: fc.oneof({ weight: 5, arbitrary: names }, { weight: 1, arbitrary: hostileText }),
    value: headerValues,
  });

const jsonMessageBody = fc
  .tuple(fc.constantFrom('message', 'Message', 'errorMessage', '__proto__'), fc.oneof(messages, hostileText))
  .map(([key, message]) => JSON.stringify({ [key]: message }));

const depth = fc.integer({ min: 1, max: 50_000 });

export const bodyTexts = fc.oneof(
  { weight: 4, arbitrary: jsonMessageBody },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: depth.map((d) => `${'['.repeat(d)}${']'.repeat(d)}`) },
  { weight: 1, arbitrary: depth.map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<!DOCTYPE HTML><HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD></HTML>',
      '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
      '<html><body><script>globalThis.pwned=1</script></body></html>',
      '{"message": "unterminated',
      '',
    ),
  },
  { weight: 2, arbitrary: hostileText },
);

const content = fc.oneof(
  fc.record(
    {
      text: bodyTexts,
      mimeType: fc.constantFrom(
        'application/json',
        'text/html',
        'application/xml',
        'image/png',
        '',
        'x-unknown',
      ),
      size: fc.integer(),
    },
    { requiredKeys: [] },
  ),
  fc.tuple(bodyTexts, fc.boolean()).map(([text, valid]) => ({
    // Base64 as DevTools writes it for binary bodies, or an invalid one.
    text: valid ? btoa(String.fromCharCode(...new TextEncoder().encode(text.slice(0, 2000)))) : `${text}%%`,
    encoding: 'base64',
    mimeType: 'application/json',
  })),
  fc.record({
    text: fc.uint8Array({ maxLength: 64 }).map((b) => btoa(String.fromCharCode(...b))),
    encoding: fc.constant('base64'),
  }),
  fc.record({ encoding: fc.constantFrom('base64', 'gzip', 'rot13', ''), text: fc.string() }),
);

export const statuses = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(403, 401, 202, 405, 400, 404, 429, 200, 204, 0, 500) },
  { weight: 1, arbitrary: fc.integer({ min: -1, max: 1000 }) },
);

const methods = fc.oneof(
  fc.constantFrom('GET', 'OPTIONS', 'POST', 'HEAD', 'get', 'PUT'),
  fc.string({ maxLength: 8 }),
);

/** An entry as a DevTools capture or a (checked) HAR file would hand it to core. */
export const harEntries = fc.record(
  {
    startedDateTime: fc.oneof(fc.constant('2026-11-24T10:26:00.000Z'), hostileText),
    request: fc.record(
      {
        method: methods,
        url: urls,
        headers: fc.array(header(requestHeaderNames), { maxLength: 8 }),
        postData: fc.record({ mimeType: fc.string(), text: bodyTexts }, { requiredKeys: [] }),
      },
      { requiredKeys: ['method', 'url'] },
    ),
    response: fc.record(
      {
        status: statuses,
        statusText: fc.string({ maxLength: 12 }),
        headers: fc.array(header(responseHeaderNames), { maxLength: 10 }),
        content,
        _error: fc.constantFrom('net::ERR_FAILED', null),
      },
      { requiredKeys: ['status'] },
    ),
    _resourceType: fc.constantFrom('fetch', 'xhr', 'preflight', 'document'),
    _requestId: fc.string({ maxLength: 6 }),
  },
  { requiredKeys: ['request', 'response'] },
);
