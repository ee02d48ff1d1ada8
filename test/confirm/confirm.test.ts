/**
 * `apigw403 confirm` end to end: the real AWS SDK clients, pointed with --endpoint-url at a local fake
 * of the AWS APIs, static fake credentials from the environment. One scenario per cause the account
 * can confirm, then the ways it degrades: access denied, throttling, a wrong --region, no credentials.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/memory-io.ts';
import { type FakeAws, type Scenario, startFakeAws } from './fake-aws.ts';

const REGION = 'us-east-1';
const API = 'a1b2c3d4e5';
const ACCOUNT = '123456789012';
const HOST = `${API}.execute-api.${REGION}.amazonaws.com`;
const STARTED = '2025-03-04T10:00:00.000Z';
const AT = Date.parse(STARTED) + 180;
const REQUEST_ID = '7d3e1f2a-4b5c-4d6e-8f90-a1b2c3d4e5f6';
const KEY = 'Qx7rT2mVb9LpZk4WnHc8sDfG1aYe5uJi0oPWXYZ';
const STAGE_ARN = `arn:aws:apigateway:${REGION}::/restapis/${API}/stages/prod`;
const EXECUTION_LOG = `API-Gateway-Execution-Logs_${API}/prod`;

interface Exchange {
  method?: string;
  url: string;
  requestHeaders?: Record<string, string>;
  status?: number;
  errorType?: string;
  body?: string;
  serverIp?: string;
}

function har(exchange: Exchange): string {
  const headers = (record: Record<string, string>) =>
    Object.entries(record).map(([name, value]) => ({ name, value }));
  const responseHeaders: Record<string, string> = {
    'content-type': 'application/json',
    'x-amzn-requestid': REQUEST_ID,
    'x-amz-apigw-id': 'HsX1eGzZoAMF3zQ=',
    ...(exchange.errorType ? { 'x-amzn-errortype': exchange.errorType } : {}),
  };
  const body = exchange.body ?? '{"message":"Forbidden"}';
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: [
        {
          startedDateTime: STARTED,
          time: 40,
          ...(exchange.serverIp ? { serverIPAddress: exchange.serverIp } : {}),
          request: {
            method: exchange.method ?? 'GET',
            url: exchange.url,
            httpVersion: 'HTTP/1.1',
            // A client always sends a User-Agent; a record without one shows only some headers.
            headers: headers({ 'user-agent': 'curl/8.5.0', ...exchange.requestHeaders }),
            queryString: [],
            cookies: [],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: exchange.status ?? 403,
            statusText: 'Forbidden',
            httpVersion: 'HTTP/1.1',
            headers: headers({ ...responseHeaders, 'content-length': String(body.length) }),
            cookies: [],
            content: { size: body.length, mimeType: 'application/json', ...(body ? { text: body } : {}) },
            redirectURL: '',
            headersSize: -1,
            bodySize: body.length,
          },
          cache: {},
          timings: { send: 1, wait: 38, receive: 1 },
        },
      ],
    },
  });
}

/** A REST API `a1b2c3d4e5` with stage prod; `methods` is the deployed summary by path. */
function restApi(
  methods: Record<
    string,
    Record<string, { authorizationType: string; apiKeyRequired: boolean; authorizerId?: string }>
  >,
  extra: {
    api?: Record<string, unknown>;
    stage?: Record<string, unknown>;
    authorizers?: Record<string, Record<string, unknown>>;
  } = {},
): NonNullable<Scenario['restApis']> {
  return {
    [API]: {
      api: {
        id: API,
        name: 'pets',
        createdDate: 1709251200,
        apiKeySource: 'HEADER',
        endpointConfiguration: { types: ['REGIONAL'] },
        disableExecuteApiEndpoint: false,
        ...extra.api,
      },
      stages: {
        prod: {
          stageName: 'prod',
          deploymentId: 'dep123',
          cacheClusterEnabled: false,
          methodSettings: {},
          ...extra.stage,
        },
      },
      deployments: {
        dep123: {
          id: 'dep123',
          createdDate: 1709251300,
          apiSummary: Object.fromEntries(
            Object.entries(methods).map(([path, byMethod]) => [
              path,
              Object.fromEntries(
                Object.entries(byMethod).map(([m, s]) => [
                  m,
                  { authorizationType: s.authorizationType, apiKeyRequired: s.apiKeyRequired },
                ]),
              ),
            ]),
          ),
        },
      },
      resources: Object.entries(methods).map(([path, byMethod], i) => ({
        id: `r${i}`,
        path,
        ...(path === '/' ? {} : { parentId: 'r0', pathPart: path.split('/').pop() }),
        resourceMethods: Object.fromEntries(
          Object.entries(byMethod).map(([m, s]) => [m, { httpMethod: m, ...s }]),
        ),
      })),
      ...(extra.authorizers ? { authorizers: extra.authorizers } : {}),
    },
  };
}

const PETS_WITH_KEY = restApi({
  '/': { GET: { authorizationType: 'NONE', apiKeyRequired: false } },
  '/pets': { GET: { authorizationType: 'NONE', apiKeyRequired: true } },
});
const logLines = (...messages: string[]) =>
  messages.map((message, i) => ({ timestamp: AT + i, message: `(${REQUEST_ID}) ${message}` }));

interface JsonReport {
  entries: Array<{
    index: number;
    api?: { id: string; type: string; region: string; stage: string };
    causes: Array<{
      id: string;
      verdict?: string;
      evidence: Array<{ check: string; detail: string; quotes?: string[] }>;
    }>;
    checks: Array<{ check: string; detail: string; missingAction?: string; quotes?: string[] }>;
    notes: string[];
  }>;
}

let fake: FakeAws | undefined;

beforeEach(() => {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  vi.stubEnv('AWS_SESSION_TOKEN', '');
  vi.stubEnv('AWS_PROFILE', '');
  vi.stubEnv('AWS_REGION', '');
  vi.stubEnv('AWS_DEFAULT_REGION', '');
  vi.stubEnv('AWS_ENDPOINT_URL', '');
  // Nothing from this machine's ~/.aws or an instance role.
  vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/apigw403-test/config');
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/apigw403-test/credentials');
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  vi.stubEnv('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', '');
  vi.stubEnv('AWS_CONTAINER_CREDENTIALS_FULL_URI', '');
  vi.stubEnv('AWS_WEB_IDENTITY_TOKEN_FILE', '');
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await fake?.close();
  fake = undefined;
});

async function confirm(scenario: Scenario, exchange: Exchange, args: string[] = []) {
  fake = await startFakeAws(scenario);
  const io = memoryIo({ 'capture.har': har(exchange) });
  const code = await main(
    ['confirm', 'capture.har', '--format', 'json', '--endpoint-url', fake.url, ...args],
    io,
  );
  const out = io.out();
  return {
    code,
    err: io.err(),
    report: code === 0 ? (JSON.parse(out) as JsonReport) : undefined,
    calls: fake.calls,
  };
}

function top(report: JsonReport | undefined) {
  const entry = report?.entries[0];
  return {
    entry,
    first: entry?.causes[0],
    verdictOf: (id: string) => entry?.causes.find((c) => c.id === id)?.verdict,
  };
}

describe('apigw403 confirm: one scenario per cause the account confirms', () => {
  it('API key in no usage plan for this stage', async () => {
    const { code, report, calls } = await confirm(
      {
        region: REGION,
        restApis: PETS_WITH_KEY,
        apiKeys: [
          { id: 'kid1', name: 'mobile', value: KEY, enabled: true, createdDate: 1709251200, stageKeys: [] },
          {
            id: 'kid2',
            name: 'other',
            value: 'Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCbA1XYZQ',
            enabled: true,
            stageKeys: [],
          },
        ],
        usagePlans: [
          { id: 'up1', name: 'basic', apiStages: [{ apiId: 'f9e8d7c6b5', stage: 'prod' }], keyIds: ['kid1'] },
        ],
        logs: {
          [EXECUTION_LOG]: logLines(
            `Verifying Usage Plan for request: ${REQUEST_ID}. API Key: ****************************************WXYZ API Stage: ${API}/prod`,
            `API Key ****************************************WXYZ not authorized because method 'GET /pets' requires API Key and API Key is not associated with a Usage Plan for API Stage ${API}/prod: No Usage Plan found for key and API Stage`,
          ),
        },
      },
      {
        url: `https://${HOST}/prod/pets`,
        requestHeaders: { 'x-api-key': KEY },
        errorType: 'ForbiddenException',
      },
    );
    expect(code).toBe(0);
    const { first, entry } = top(report);
    expect(entry?.api).toMatchObject({ id: API, type: 'REST', region: REGION, stage: 'prod' });
    expect(first).toMatchObject({ id: 'invalid-api-key', verdict: 'confirmed' });
    const details = first?.evidence.map((e) => e.detail).join('\n') ?? '';
    expect(details).toContain('mobile (kid1)');
    expect(details).toContain(`no usage plan of it covers ${API}/prod`);
    expect(
      first?.evidence.flatMap((e) => e.quotes ?? []).some((q) => q.includes('not authorized because method')),
    ).toBe(true);
    // The key itself is never printed, not even in the JSON.
    expect(JSON.stringify(report)).not.toContain(KEY);
    expect(calls).toEqual(
      expect.arrayContaining([
        'GetRestApi',
        'GetStage',
        'GetDeployment',
        'GetApiKeys',
        'GetUsagePlans',
        'FilterLogEvents',
      ]),
    );
  });

  it('API key disabled, found from a redacted capture by its length and last four characters', async () => {
    const { report } = await confirm(
      {
        region: REGION,
        restApis: PETS_WITH_KEY,
        apiKeys: [{ id: 'kid1', name: 'mobile', value: KEY, enabled: false, stageKeys: [] }],
        usagePlans: [
          { id: 'up1', name: 'basic', apiStages: [{ apiId: API, stage: 'prod' }], keyIds: ['kid1'] },
        ],
      },
      {
        url: `https://${HOST}/prod/pets`,
        requestHeaders: { 'x-api-key': `REDACTED-1-len${KEY.length}-WXYZ` },
        errorType: 'ForbiddenException',
      },
    );
    const { first } = top(report);
    expect(first).toMatchObject({ id: 'invalid-api-key', verdict: 'confirmed' });
    expect(first?.evidence.map((e) => e.detail).join('\n')).toContain('which is disabled');
  });

  it('stage that does not exist', async () => {
    const { report } = await confirm(
      { region: REGION, restApis: PETS_WITH_KEY },
      { url: `https://${HOST}/dev/pets`, errorType: 'ForbiddenException' },
    );
    const { first, verdictOf } = top(report);
    expect(first).toMatchObject({ id: 'invalid-stage', verdict: 'confirmed' });
    expect(first?.evidence[0]?.detail).toContain('stage dev does not exist in API a1b2c3d4e5 (stages: prod)');
    expect(verdictOf('invalid-stage')).toBe('confirmed');
  });

  it('route missing from the deployed stage, with the IAM look-alike ruled out', async () => {
    const { report } = await confirm(
      { region: REGION, restApis: PETS_WITH_KEY },
      {
        url: `https://${HOST}/prod/petz`,
        errorType: 'MissingAuthenticationTokenException',
        body: '{"message":"Missing Authentication Token"}',
      },
    );
    const { first, verdictOf } = top(report);
    expect(first).toMatchObject({ id: 'resource-not-found-unsigned', verdict: 'confirmed' });
    expect(first?.evidence[0]?.quotes?.[0]).toContain('/pets: GET');
    expect(verdictOf('missing-authentication-token')).toBe('ruled-out');
  });

  it('IAM method called unsigned: missing token confirmed, missing resource ruled out', async () => {
    const { report } = await confirm(
      {
        region: REGION,
        restApis: restApi({ '/admin': { GET: { authorizationType: 'AWS_IAM', apiKeyRequired: false } } }),
      },
      {
        url: `https://${HOST}/prod/admin`,
        errorType: 'MissingAuthenticationTokenException',
        body: '{"message":"Missing Authentication Token"}',
      },
    );
    const { first, verdictOf } = top(report);
    expect(first).toMatchObject({ id: 'missing-authentication-token', verdict: 'confirmed' });
    expect(first?.evidence[0]?.detail).toContain('authorizationType AWS_IAM');
    expect(verdictOf('resource-not-found-unsigned')).toBe('ruled-out');
  });

  it('Lambda authorizer with a cached, method-scoped policy: the denial did not run the authorizer', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl';
    const { report } = await confirm(
      {
        region: REGION,
        restApis: restApi(
          { '/orders': { GET: { authorizationType: 'CUSTOM', apiKeyRequired: false, authorizerId: 'au1' } } },
          {
            authorizers: {
              au1: {
                id: 'au1',
                name: 'jwt-check',
                type: 'TOKEN',
                identitySource: 'method.request.header.Authorization',
                authorizerResultTtlInSeconds: 300,
              },
            },
          },
        ),
        logs: {
          [EXECUTION_LOG]: logLines(
            `Extended Request Id: HsX1eGzZoAMF3zQ=`,
            'HTTP Method: GET, Resource Path: /orders',
            'Method completed with status: 403',
          ),
        },
      },
      {
        url: `https://${HOST}/prod/orders`,
        requestHeaders: { authorization: `Bearer ${token}` },
        errorType: 'AccessDeniedException',
        body: '{"Message":"User is not authorized to access this resource"}',
      },
    );
    const { first } = top(report);
    expect(first).toMatchObject({ id: 'lambda-authorizer-implicit-deny', verdict: 'confirmed' });
    const details = first?.evidence.map((e) => e.detail).join('\n') ?? '';
    expect(details).toContain('cached 300 s per identity source');
    expect(details).toContain('the authorizer did not run for this request');
  });

  const denyOutsideOffice = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: `arn:aws:execute-api:${REGION}:${ACCOUNT}:${API}/*`,
      },
      {
        Sid: 'OfficeOnly',
        Effect: 'Deny',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: `arn:aws:execute-api:${REGION}:${ACCOUNT}:${API}/*`,
        Condition: { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
      },
    ],
  });
  // API Gateway returns the policy with its quotes backslash-escaped.
  const escaped = (policy: string) => policy.replace(/"/g, '\\"');
  const explicitDeny = `{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:${REGION}:${ACCOUNT}:${API}/prod/GET/pets with an explicit deny"}`;

  it('resource policy denies by source IP (given with --source-ip); without it, says which fact is missing', async () => {
    const scenario: Scenario = {
      region: REGION,
      restApis: restApi(
        { '/pets': { GET: { authorizationType: 'NONE', apiKeyRequired: false } } },
        { api: { policy: escaped(denyOutsideOffice) } },
      ),
    };
    const exchange = {
      url: `https://${HOST}/prod/pets`,
      errorType: 'AccessDeniedException',
      body: explicitDeny,
    };
    const denied = await confirm(scenario, exchange, ['--source-ip', '198.51.100.7']);
    expect(top(denied.report).first).toMatchObject({ id: 'iam-explicit-deny', verdict: 'confirmed' });
    expect(top(denied.report).first?.evidence[0]?.detail).toContain('statement OfficeOnly');
    expect(top(denied.report).first?.evidence[0]?.quotes?.[0]).toContain('203.0.113.0/24');
    await fake?.close();
    const unknown = await confirm(scenario, exchange);
    const policyCheck = unknown.report?.entries[0]?.checks.find((c) => c.check === 'resource-policy');
    expect(policyCheck?.detail).toContain('aws:SourceIp');
    expect(top(unknown.report).verdictOf('iam-explicit-deny')).toBe('could-not-check');
  });

  it('resource policy denies a private API called through another VPC endpoint', async () => {
    const vpce = 'vpce-0abc123def4567890';
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
        {
          Sid: 'OnlyOurEndpoint',
          Effect: 'Deny',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: `arn:aws:execute-api:${REGION}:${ACCOUNT}:${API}/*`,
          Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0fff000000000000a' } },
        },
      ],
    });
    const { report } = await confirm(
      {
        region: REGION,
        restApis: restApi(
          { '/pets': { GET: { authorizationType: 'NONE', apiKeyRequired: false } } },
          {
            api: {
              policy: escaped(policy),
              endpointConfiguration: { types: ['PRIVATE'], vpcEndpointIds: ['vpce-0fff000000000000a'] },
            },
          },
        ),
      },
      {
        url: `https://${API}-${vpce}.execute-api.${REGION}.amazonaws.com/prod/pets`,
        errorType: 'AccessDeniedException',
        body: explicitDeny,
      },
    );
    const { first } = top(report);
    expect(first).toMatchObject({ id: 'iam-explicit-deny', verdict: 'confirmed' });
    expect(first?.evidence[0]?.detail).toContain('statement OnlyOurEndpoint');
  });

  it('WAF web ACL on the stage, its block quoted from the access log', async () => {
    const { report } = await confirm(
      {
        region: REGION,
        restApis: restApi(
          { '/pets': { GET: { authorizationType: 'NONE', apiKeyRequired: false } } },
          {
            stage: {
              accessLogSettings: {
                format:
                  '{"requestId":"$context.requestId","status":"$context.status","waf":"$context.waf.status"}',
                destinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:pets-access`,
              },
            },
          },
        ),
        webAcls: {
          [STAGE_ARN]: {
            Name: 'edge-rules',
            Id: 'a1b2-c3d4',
            ARN: `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/edge-rules/a1b2-c3d4`,
            DefaultAction: { Allow: {} },
            Rules: [{ Name: 'rate', Priority: 0 }],
            Capacity: 2,
          },
        },
        logs: {
          'pets-access': [
            { timestamp: AT, message: `{"requestId":"${REQUEST_ID}","status":"403","waf":"WAF_BLOCK"}` },
          ],
        },
      },
      { url: `https://${HOST}/prod/pets`, errorType: 'ForbiddenException', body: '' },
    );
    const { first } = top(report);
    expect(first).toMatchObject({ id: 'waf-blocked', verdict: 'confirmed' });
    const details = first?.evidence.map((e) => e.detail).join('\n') ?? '';
    expect(details).toContain('web ACL edge-rules is associated with the stage');
    expect(first?.evidence.flatMap((e) => e.quotes ?? [])).toContain(
      `{"requestId":"${REQUEST_ID}","status":"403","waf":"WAF_BLOCK"}`,
    );
  });

  it('custom domain without a base path mapping for the path', async () => {
    const { report } = await confirm(
      {
        region: REGION,
        domains: {
          'api.example.com': {
            domain: {
              domainName: 'api.example.com',
              regionalDomainName: 'd-abc123.execute-api.us-east-1.amazonaws.com',
              endpointConfiguration: { types: ['REGIONAL'] },
              securityPolicy: 'TLS_1_2',
            },
            mappings: [{ basePath: 'v1', restApiId: API, stage: 'prod' }],
          },
        },
      },
      { url: 'https://api.example.com/v2/pets', errorType: 'ForbiddenException' },
      ['--region', REGION],
    );
    const { first } = top(report);
    expect(first).toMatchObject({ id: 'custom-domain-no-base-path-mapping', verdict: 'confirmed' });
    expect(first?.evidence[0]?.quotes).toEqual([`/v1 → ${API}/prod`]);
  });

  it('default execute-api endpoint disabled', async () => {
    const { report } = await confirm(
      {
        region: REGION,
        restApis: restApi(
          { '/pets': { GET: { authorizationType: 'NONE', apiKeyRequired: false } } },
          { api: { disableExecuteApiEndpoint: true } },
        ),
      },
      { url: `https://${HOST}/prod/pets`, errorType: 'ForbiddenException' },
    );
    expect(top(report).first).toMatchObject({ id: 'default-endpoint-disabled', verdict: 'confirmed' });
  });

  it('private DNS on the VPC endpoint of the caller VPC (--vpc) catches a public API', async () => {
    const vpc = 'vpc-0a1b2c3d4e5f60789';
    const { report } = await confirm(
      {
        region: REGION,
        restApis: restApi({ '/pets': { GET: { authorizationType: 'NONE', apiKeyRequired: false } } }),
        vpcEndpoints: [
          {
            VpcEndpointId: 'vpce-0123456789abcdef0',
            VpcId: vpc,
            ServiceName: `com.amazonaws.${REGION}.execute-api`,
            PrivateDnsEnabled: true,
          },
        ],
      },
      { url: `https://${HOST}/prod/pets`, errorType: 'ForbiddenException', serverIp: '10.0.1.25' },
      ['--vpc', vpc],
    );
    const { verdictOf, entry } = top(report);
    expect(verdictOf('vpce-private-dns-public-api')).toBe('confirmed');
    expect(entry?.causes[0]?.id).toBe('vpce-private-dns-public-api');
    expect(entry?.causes[0]?.evidence[0]?.detail).toContain('vpce-0123456789abcdef0');
  });
});

describe('apigw403 confirm: degrading cleanly', () => {
  const keyScenario = (deny: string[]): Scenario => ({
    region: REGION,
    restApis: restApi(
      { '/pets': { GET: { authorizationType: 'NONE', apiKeyRequired: true } } },
      {
        stage: {
          accessLogSettings: {
            destinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:pets-access`,
            format: '$context.requestId',
          },
        },
      },
    ),
    apiKeys: [{ id: 'kid1', name: 'mobile', value: KEY, enabled: true }],
    usagePlans: [{ id: 'up1', name: 'basic', apiStages: [{ apiId: API, stage: 'prod' }], keyIds: ['kid1'] }],
    webAcls: {},
    deny,
  });
  const keyExchange = {
    url: `https://${HOST}/prod/pets`,
    requestHeaders: { 'x-api-key': KEY },
    errorType: 'ForbiddenException',
    body: '',
  };

  it.each([
    ['GetRestApi', 'api', 'apigateway:GET'],
    ['GetStage', 'stage', 'apigateway:GET'],
    ['GetDeployment', 'method', 'apigateway:GET'],
    ['GetApiKeys', 'api-key', 'apigateway:GET'],
    ['GetUsagePlans', 'api-key', 'apigateway:GET'],
    ['GetWebACLForResource', 'waf', 'wafv2:GetWebACLForResource'],
    ['FilterLogEvents', 'execution-log', 'logs:FilterLogEvents'],
  ])('access denied on %s: "could not check", naming %s → %s', async (operation, check, action) => {
    const { code, report } = await confirm(keyScenario([operation]), keyExchange);
    expect(code).toBe(0);
    const denied = report?.entries[0]?.checks.find((c) => c.check === check && c.missingAction);
    expect(denied?.missingAction).toBe(action);
    expect(denied?.detail).toBe(`could not check: ${operation} was denied (needs ${action})`);
  });

  it('access denied on DescribeVpcEndpoints names ec2:DescribeVpcEndpoints', async () => {
    const { report } = await confirm(
      {
        region: REGION,
        restApis: restApi({ '/pets': { GET: { authorizationType: 'NONE', apiKeyRequired: false } } }),
        deny: ['DescribeVpcEndpoints'],
      },
      { url: `https://${HOST}/prod/pets`, errorType: 'ForbiddenException', serverIp: '10.0.1.25' },
      ['--vpc', 'vpc-0a1b2c3d4e5f60789'],
    );
    expect(top(report).verdictOf('vpce-private-dns-public-api')).toBe('could-not-check');
    expect(report?.entries[0]?.checks.find((c) => c.check === 'vpc-private-dns')?.missingAction).toBe(
      'ec2:DescribeVpcEndpoints',
    );
  });

  it('retries a throttled call (TooManyRequestsException once) and still confirms', async () => {
    const scenario = keyScenario([]);
    scenario.usagePlans = [];
    scenario.throttleOnce = ['GetRestApi', 'GetApiKeys'];
    const { report, calls } = await confirm(scenario, keyExchange);
    expect(calls.filter((c) => c === 'GetRestApi')).toHaveLength(2);
    expect(calls.filter((c) => c === 'GetApiKeys')).toHaveLength(2);
    expect(top(report).verdictOf('invalid-api-key')).toBe('confirmed');
  });

  it('a --region other than the URL region is noted and the URL region is used', async () => {
    const { report } = await confirm(
      { region: REGION, restApis: PETS_WITH_KEY },
      { url: `https://${HOST}/dev/pets`, errorType: 'ForbiddenException' },
      ['--region', 'eu-west-1'],
    );
    expect(report?.entries[0]?.notes).toEqual([
      `--region eu-west-1 ignored: the URL names region ${REGION}, where the API is`,
    ]);
    expect(top(report).first).toMatchObject({ id: 'invalid-stage', verdict: 'confirmed' });
  });

  it('a custom domain looked up in the wrong region is "could not check", never a verdict', async () => {
    const { report } = await confirm(
      {
        region: REGION,
        domains: { 'api.example.com': { domain: { domainName: 'api.example.com' }, mappings: [] } },
      },
      { url: 'https://api.example.com/v2/pets', errorType: 'ForbiddenException' },
      ['--region', 'eu-west-1'],
    );
    expect(report?.entries[0]?.checks[0]?.detail).toBe(
      'custom domain api.example.com is not in eu-west-1 for these credentials (another region? pass --region)',
    );
    expect(top(report).verdictOf('custom-domain-no-base-path-mapping')).toBe('could-not-check');
  });

  it('no credentials at all: one clear line, exit 2, no AWS call', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    const { code, err, calls } = await confirm(
      { region: REGION },
      { url: `https://${HOST}/prod/pets`, errorType: 'ForbiddenException' },
    );
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^apigw403: no AWS credentials found \(profile, environment, SSO\)/);
    expect(calls).toEqual([]);
  });
});
