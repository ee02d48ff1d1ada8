/**
 * The failure classes of real reports (issue "Diagnosis that holds up on real reports"), each with a
 * made-up example: partial records, messy bodies, look-alike services, and context mistakes.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_JWT, entry, HOSTS, sigv4Headers } from './causes/example-wire.ts';
import { classify } from './classify.ts';
import { contextFrom, emptyContext } from './context.ts';
import { exchangeFromHarEntry, type HarEntryLike, recordGaps } from './exchange.ts';
import type { Diagnosis, Exchange, UnseenParts } from './types.ts';

interface Partial {
  method?: string;
  url?: string;
  requestHeaders?: Record<string, string>;
  status?: number;
  responseHeaders?: Record<string, string>;
  body?: string;
}

/** A report's exchange: what is not given was not shown (unseen), never empty. */
function reported(p: Partial): Exchange {
  const raw: HarEntryLike = {
    request: {
      method: p.method ?? '',
      url: p.url ?? '',
      headers: Object.entries(p.requestHeaders ?? {}).map(([name, value]) => ({ name, value })),
    },
    response: {
      status: p.status ?? 0,
      headers: Object.entries(p.responseHeaders ?? {}).map(([name, value]) => ({ name, value })),
      content: p.body === undefined ? {} : { text: p.body },
    },
  };
  const unseen: UnseenParts = {
    ...(p.method === undefined ? { method: true } : {}),
    ...(p.url === undefined ? { url: true } : {}),
    ...(p.requestHeaders === undefined ? { requestHeaders: true } : {}),
    ...(p.status === undefined ? { status: true } : {}),
    ...(p.responseHeaders === undefined ? { responseHeaders: true } : {}),
  };
  return { ...exchangeFromHarEntry(raw), unseen };
}

const ids = (d: Diagnosis) => d.causes.map((c) => c.id);
const EXECUTE_API = 'https://q1w2e3r4t5.execute-api.eu-west-2.amazonaws.com';

describe('1. no response headers: the host and AWS-only texts tell who answered', () => {
  it('an execute-api host is API Gateway without any header', () => {
    const d = classify(
      reported({
        method: 'GET',
        url: `${EXECUTE_API}/prod/x`,
        status: 403,
        body: '{"message":"The security token included in the request is invalid."}',
      }),
      emptyContext(),
    );
    expect(d).toMatchObject({ flagged: true, origin: 'api-gateway' });
    expect(d.causes[0]?.id).toBe('invalid-security-token');
  });

  it.each([
    ['Missing Authentication Token', 'resource-not-found-unsigned'],
    [
      'Signature expired: 20261124T095300Z is now earlier than 20261124T095500Z (20261124T100000Z - 5 min.)',
      'signature-expired',
    ],
    [
      'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:eu-west-2:123456789012:q1w2e3r4t5/prod/GET/x',
      'iam-anonymous-not-allowed',
    ],
    ['User is not authorized to access this resource', 'lambda-authorizer-implicit-deny'],
  ])('"%s" identifies AWS on a custom domain', (message, cause) => {
    const d = classify(
      reported({ url: 'https://api.shop.example/v1/x', status: 403, body: JSON.stringify({ message }) }),
      emptyContext(),
    );
    expect(d).toMatchObject({ flagged: true, origin: 'api-gateway' });
    expect(d.causes[0]?.id).toBe(cause);
  });
});

describe('2. no body: the request ranks the causes, flatter, never "nothing to explain"', () => {
  const bearer = { Authorization: `Bearer ${EXAMPLE_JWT.valid}` };

  it('a 401 to a path without a stage segment: both authorizers first, the HTTP API JWT one raised', () => {
    const d = classify(
      reported({ method: 'GET', url: `${EXECUTE_API}/orders`, requestHeaders: bearer, status: 401 }),
      emptyContext(),
    );
    // Ordered by how often each is the answer in real reports; no stage segment (an HTTP API's
    // $default stage) makes the JWT authorizer much likelier than with one.
    expect(ids(d).slice(0, 2).sort()).toEqual(['authorizer-unauthorized-401', 'jwt-invalid-token-401']);
    const staged = classify(
      reported({ method: 'GET', url: `${EXECUTE_API}/prod/orders`, requestHeaders: bearer, status: 401 }),
      emptyContext(),
    );
    const jwtScore = (x: typeof d) => x.causes.find((c) => c.id === 'jwt-invalid-token-401')?.score ?? 0;
    expect(jwtScore(d)).toBeGreaterThan(3 * jwtScore(staged));
    expect(d.causes[0]?.confidence).not.toBe('high');
    expect(d.causes.every((c) => c.distinguishKey)).toBe(true);
  });

  it('a 401 to a path with a stage segment: the REST authorizer first, JWT authorizer next', () => {
    const d = classify(
      reported({ method: 'GET', url: `${EXECUTE_API}/prod/orders`, requestHeaders: bearer, status: 401 }),
      emptyContext(),
    );
    expect(ids(d).slice(0, 2)).toEqual(['authorizer-unauthorized-401', 'jwt-invalid-token-401']);
  });

  it('a bare 403 with no body is still a ranked list of gateway causes', () => {
    const d = classify(
      reported({ method: 'GET', url: `${EXECUTE_API}/prod/x`, status: 403 }),
      emptyContext(),
    );
    expect(d.flagged).toBe(true);
    expect(d.causes.length).toBeGreaterThanOrEqual(3);
    expect(d.causes[0]?.confidence).toBe('low');
  });
});

describe('3. the bare Forbidden family, ranked as real reports resolve', () => {
  const forbidden = { errorType: 'ForbiddenException', body: { message: 'Forbidden' } };

  it('with x-api-key sent, the key is still the first suspect and default-endpoint-disabled is not', () => {
    const d = classify(
      exchangeFromHarEntry(
        entry({
          url: `${HOSTS.rest}/prod/orders`,
          ...forbidden,
          requestHeaders: { 'x-api-key': 'k3yV4lu3-0' },
        }),
      ),
      emptyContext(),
    );
    expect(d.causes[0]?.id).toBe('invalid-api-key');
    expect(ids(d).indexOf('default-endpoint-disabled')).not.toBe(0);
  });

  it('a SigV4-signed call to an HTTP API answered Forbidden: the principal lacks execute-api:Invoke', () => {
    const d = classify(
      exchangeFromHarEntry(
        entry({
          url: `${HOSTS.http}/admin/users`,
          flavor: 'http',
          body: { message: 'Forbidden' },
          requestHeaders: sigv4Headers('eu-west-1'),
        }),
      ),
      emptyContext(),
    );
    expect(d.causes[0]?.id).toBe('iam-identity-not-allowed');
  });

  it('a WebSocket management call without the stage segment is an invalid stage', () => {
    const d = classify(
      reported({
        method: 'POST',
        url: `${EXECUTE_API}/@connections/abc123=`,
        status: 403,
        body: '{"message":"Forbidden"}',
      }),
      emptyContext(),
    );
    expect(d.causes[0]?.id).toBe('invalid-stage');
  });
});

describe('4. body variants read as the same message', () => {
  const url = `${EXECUTE_API}/prod/nope`;
  it.each([
    ['JS literal', '{message: "Missing Authentication Token"}', 'resource-not-found-unsigned'],
    ['single quotes', "{'message': 'Missing Authentication Token'}", 'resource-not-found-unsigned'],
    ['capital Message', '{"Message":"Missing Authentication Token"}', 'resource-not-found-unsigned'],
    [
      'extra whitespace',
      '{ "message" :  "Missing   Authentication\n Token" }',
      'resource-not-found-unsigned',
    ],
    [
      'truncated with …',
      '{"message":"The request signature we calculated does not match the signature you prov…',
      'signature-mismatch',
    ],
    [
      'HTML page',
      '<html><body><h1>403</h1><p>Missing Authentication Token</p></body></html>',
      'resource-not-found-unsigned',
    ],
    [
      'XML',
      '<MissingAuthenticationTokenException><Message>Missing Authentication Token</Message></MissingAuthenticationTokenException>',
      'resource-not-found-unsigned',
    ],
  ])('%s', (_name, body, cause) => {
    const d = classify(reported({ method: 'GET', url, status: 403, body }), emptyContext());
    expect(d.causes[0]?.id).toBe(cause);
  });
});

describe('5. the same text from another AWS service is not API Gateway, and says which service', () => {
  it.each([
    ['https://search-logs-abc123.us-west-2.es.amazonaws.com/_search', 'Amazon OpenSearch Service'],
    ['https://my-bucket.s3.amazonaws.com/key.txt', 'Amazon S3'],
    ['https://sts.amazonaws.com/', 'AWS STS'],
  ])('%s', (url, service) => {
    const d = classify(
      reported({
        method: 'GET',
        url,
        status: 403,
        body: '{"message":"The security token included in the request is invalid."}',
      }),
      emptyContext(),
    );
    expect(d.causes[0]?.id).toBe('not-api-gateway');
    expect(d.causes[0]?.evidence.some((e) => e.detail.includes(service))).toBe(true);
  });

  it('a reported 403 from an S3 host, message not shown, is named; a captured one stays unflagged', () => {
    const url = 'https://my-bucket.s3.eu-west-1.amazonaws.com/photo.jpg?X-Amz-Expires=60';
    const report = classify(reported({ method: 'GET', url, status: 403 }), emptyContext());
    expect(report.causes[0]?.id).toBe('not-api-gateway');
    const captured = exchangeFromHarEntry(
      entry({ url, flavor: 'none', body: '', requestHeaders: { 'User-Agent': 'Mozilla/5.0' } }),
    );
    expect(classify(captured, emptyContext()).flagged).toBe(false);
  });
});

describe('6. context counts only real answers of the same API', () => {
  it('a WAF challenge (202 + x-amzn-waf-action) is not a stage that worked', () => {
    const challenge = entry({
      url: `${HOSTS.rest}/prod/items`,
      status: 202,
      flavor: 'none',
      mimeType: 'text/html',
      body: '<html><body>challenge</body></html>',
      responseHeaders: { 'x-amzn-waf-action': 'challenge' },
    });
    const failing = entry({
      url: `${HOSTS.rest}/dev/items`,
      errorType: 'ForbiddenException',
      body: { message: 'Forbidden' },
    });
    const exchanges = [challenge, failing].map((e, index) =>
      exchangeFromHarEntry(e as HarEntryLike, { index }),
    );
    const d = classify(exchanges[1] as Exchange, contextFrom(exchanges));
    const cited = d.causes.flatMap((c) => c.evidence).filter((e) => e.kind === 'context');
    expect(cited).toEqual([]);
  });
});

describe('7. true look-alikes stay near the top together, with the question that separates them', () => {
  it('a Bearer token read as SigV4: the missing route and the AWS_IAM method', () => {
    const token = EXAMPLE_JWT.valid;
    const d = classify(
      reported({
        method: 'GET',
        url: `${EXECUTE_API}/prod/orders`,
        requestHeaders: { Authorization: `Bearer ${token}` },
        status: 403,
        body: `{"message":"'${token}' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer ${token}'."}`,
      }),
      emptyContext(),
    );
    // Ordered by how often each is the answer in real reports (the missing route far more often), the
    // AWS_IAM method still listed, with the question that tells them apart.
    expect(ids(d).slice(0, 2)).toEqual(['resource-not-found-signed', 'iam-method-non-sigv4-authorization']);
    expect(d.causes[0]?.distinguishKey).toBe('cause_resource_not_found_signed_distinguish');
    expect(d.causes[1]?.distinguishKey).toBe('cause_iam_method_non_sigv4_authorization_distinguish');
  });

  it("the authorizer's implicit deny text: implicit first, explicit (older API Gateway wording) next", () => {
    const d = classify(
      reported({
        url: `${EXECUTE_API}/prod/orders`,
        status: 403,
        body: '{"Message":"User is not authorized to access this resource"}',
      }),
      emptyContext(),
    );
    expect(ids(d).slice(0, 2)).toEqual([
      'lambda-authorizer-implicit-deny',
      'lambda-authorizer-explicit-deny',
    ]);
  });
});

describe('what a capture shows beyond the message', () => {
  const forbidden = { errorType: 'ForbiddenException', body: { message: 'Forbidden' } };

  it('a public server address rules out the VPC endpoint with private DNS', () => {
    const at = (serverIp: string) =>
      classify(
        exchangeFromHarEntry(entry({ url: `${HOSTS.rest}/prod/orders`, serverIp, ...forbidden })),
        emptyContext(),
      );
    const score = (d: Diagnosis) => d.causes.find((c) => c.id === 'vpce-private-dns-public-api')?.score ?? 0;
    expect(ids(at('10.0.3.7'))[0]).toBe('vpce-private-dns-public-api');
    expect(score(at('52.95.110.1'))).toBeLessThan(2);
    // A local proxy's address says nothing about the endpoint behind it.
    expect(score(at('127.0.0.1'))).toBeGreaterThan(score(at('52.95.110.1')));
  });

  it("an HTTP API's own headers push REST-only answers down for a bare Forbidden", () => {
    const d = classify(
      exchangeFromHarEntry(
        entry({
          url: `${HOSTS.http}/orders`,
          flavor: 'http',
          body: { message: 'Forbidden' },
          requestHeaders: sigv4Headers(),
        }),
      ),
      emptyContext(),
    );
    expect(ids(d)[0]).toBe('iam-identity-not-allowed');
    const score = (id: string) => d.causes.find((c) => c.id === id)?.score ?? 0;
    // REST-only answers (a wrong stage, a WAF block) hardly ever carry an HTTP API's request id.
    expect(score('invalid-stage')).toBeLessThan(5);
    expect(score('waf-blocked')).toBeLessThan(1);
  });

  it('request headers quoted without User-Agent: what they lack is unknown, what they hold counts', () => {
    const raw: HarEntryLike = {
      request: {
        method: 'GET',
        url: `${HOSTS.rest}/prod/orders`,
        headers: [{ name: 'x-api-key', value: 'k3yV4lu3-0123456789abcdefghij' }],
      },
      response: { status: 403, headers: [], content: { text: '{"message":"Missing Authentication Token"}' } },
    };
    const unseen = recordGaps(raw);
    expect(unseen.requestHeadersQuoted).toBe(true);
    const d = classify(exchangeFromHarEntry(raw, { unseen }), emptyContext());
    expect(d.causes[0]?.id).toBe('resource-not-found-unsigned');
    expect(d.causes[0]?.evidence.some((e) => e.kind === 'absence' && /Authorization/.test(e.detail))).toBe(
      false,
    );
  });
});

describe('wordings that name who answered', () => {
  it("S3's own SignatureDoesNotMatch wording is not API Gateway's", () => {
    const s3 = classify(
      reported({
        method: 'GET',
        body: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      }),
      emptyContext(),
    );
    expect(s3.causes[0]?.id).toBe('not-api-gateway');
    const gateway = classify(
      reported({
        method: 'GET',
        body: '{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."}',
      }),
      emptyContext(),
    );
    expect(gateway.causes[0]?.id).toBe('signature-mismatch');
  });

  it('an SDK-rendered error with only its type reads as that error type', () => {
    const d = classify(
      reported({ method: 'POST', status: 403, body: 'ForbiddenException: ForbiddenException' }),
      emptyContext(),
    );
    expect(['invalid-stage', 'invalid-api-key']).toContain(d.causes[0]?.id);
    expect(ids(d)).not.toContain('backend-integration-response');
  });

  it("a Forbidden from an edge custom domain's own *.cloudfront.net name: the host is not mapped", () => {
    const d = classify(
      reported({
        method: 'GET',
        url: 'https://d1a2b3c4d5e6f7.cloudfront.net/',
        body: '{"message":"Forbidden"}',
      }),
      emptyContext(),
    );
    expect(d.causes[0]?.id).toBe('custom-domain-no-base-path-mapping');
  });
});
