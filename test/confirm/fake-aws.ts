/**
 * A local stand-in for the AWS APIs `confirm` reads, on 127.0.0.1, answering in the wire shapes of the
 * AWS API reference: API Gateway and API Gateway V2 (REST-JSON, lowerCamel wire names, `item` lists,
 * errors named in `x-amzn-ErrorType`), CloudWatch Logs and WAFv2 (JSON 1.1 by `X-Amz-Target`, errors
 * as `__type`), EC2 (query protocol, XML). The region a call was signed for must be the scenario's.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface Scenario {
  region: string;
  restApis?: Record<
    string,
    {
      api: Json;
      stages: Record<string, Json>;
      deployments: Record<string, Json>;
      resources: Json[];
      authorizers?: Record<string, Json>;
    }
  >;
  httpApis?: Record<
    string,
    { api: Json; stages: Record<string, Json>; routes: Json[]; authorizers?: Record<string, Json> }
  >;
  apiKeys?: Json[];
  usagePlans?: Json[];
  domains?: Record<string, { domain: Json; mappings: Json[] }>;
  logs?: Record<string, Array<{ timestamp: number; message: string }>>;
  /** Web ACL by the stage ARN it is associated with. */
  webAcls?: Record<string, Json>;
  vpcEndpoints?: Array<Record<string, string | boolean>>;
  /** Operations answered with access denied. */
  deny?: string[];
  /** Operations throttled on their first call. */
  throttleOnce?: string[];
}

export interface FakeAws {
  url: string;
  /** Every operation called, in order. */
  calls: string[];
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

const json = (body: unknown, status = 200): Reply => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** API Gateway (v1 and v2) error: the type in x-amzn-ErrorType, the message in the body. */
const restError = (status: number, type: string, message: string): Reply => ({
  status,
  headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': type },
  body: JSON.stringify({ message }),
});

/** JSON 1.1 error (CloudWatch Logs, WAFv2). */
const awsJsonError = (type: string, message: string): Reply => ({
  status: 400,
  headers: { 'content-type': 'application/x-amz-json-1.1' },
  body: JSON.stringify({ __type: type, message }),
});

const ec2Error = (status: number, code: string, message: string): Reply => ({
  status,
  headers: { 'content-type': 'text/xml;charset=UTF-8' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>5b1a7f5c-8e1b-4c9e-9a3f-0e2d6f1c7a10</RequestID></Response>`,
});

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function vpcEndpointsXml(endpoints: Scenario['vpcEndpoints'] = []): Reply {
  const items = endpoints
    .map(
      (e) =>
        `<item><vpcEndpointId>${e.VpcEndpointId}</vpcEndpointId><vpcEndpointType>Interface</vpcEndpointType><vpcId>${e.VpcId}</vpcId><serviceName>${e.ServiceName}</serviceName><state>available</state>${e.PolicyDocument ? `<policyDocument>${xml(String(e.PolicyDocument))}</policyDocument>` : ''}<privateDnsEnabled>${e.PrivateDnsEnabled ? 'true' : 'false'}</privateDnsEnabled></item>`,
    )
    .join('');
  return {
    status: 200,
    headers: { 'content-type': 'text/xml;charset=UTF-8' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<DescribeVpcEndpointsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>8f2c1d4e-6a7b-4c3d-9e8f-1a2b3c4d5e6f</requestId><vpcEndpointSet>${items}</vpcEndpointSet></DescribeVpcEndpointsResponse>`,
  };
}

const DENIED_MESSAGE = (action: string) =>
  `User: arn:aws:iam::111122223333:user/reader is not authorized to perform: ${action} on resource: *`;

function route(
  scenario: Scenario,
  method: string,
  path: string,
  query: URLSearchParams,
  target: string | undefined,
  form: URLSearchParams,
): { op: string; reply: () => Reply } {
  const notFound = (what: string) =>
    restError(404, 'NotFoundException', `Invalid ${what} identifier specified`);
  let m: RegExpExecArray | null;
  if (target) {
    const op = target.split('.')[1] ?? '';
    const body = JSON.parse(form.get('__json') ?? '{}') as Json;
    if (op === 'FilterLogEvents')
      return {
        op,
        reply: () => {
          const events = scenario.logs?.[String(body.logGroupName)];
          if (!events)
            return awsJsonError('ResourceNotFoundException', 'The specified log group does not exist.');
          const needle = String(body.filterPattern ?? '').replace(/^"|"$/g, '');
          const start = Number(body.startTime ?? 0);
          const end = Number(body.endTime ?? Number.MAX_SAFE_INTEGER);
          return json({
            events: events
              .filter((e) => e.message.includes(needle) && e.timestamp >= start && e.timestamp <= end)
              .map((e, i) => ({
                logStreamName: 'f1e2d3c4b5a6',
                timestamp: e.timestamp,
                message: e.message,
                ingestionTime: e.timestamp + 400,
                eventId: `3708${i}`,
              })),
            searchedLogStreams: [],
          });
        },
      };
    if (op === 'GetWebACLForResource')
      return {
        op,
        reply: () =>
          json(
            scenario.webAcls?.[String(body.ResourceArn)]
              ? { WebACL: scenario.webAcls[String(body.ResourceArn)] }
              : {},
          ),
      };
    if (op === 'GetLoggingConfiguration')
      return {
        op,
        reply: () =>
          awsJsonError(
            'WAFNonexistentItemException',
            "AWS WAF couldn't perform the operation because your resource doesn't exist.",
          ),
      };
    return { op, reply: () => awsJsonError('UnknownOperationException', op) };
  }
  if (form.get('Action') === 'DescribeVpcEndpoints') {
    return {
      op: 'DescribeVpcEndpoints',
      reply: () => {
        let endpoints = scenario.vpcEndpoints ?? [];
        const ids = [...form.entries()].filter(([k]) => /^VpcEndpointId\.\d+$/.test(k)).map(([, v]) => v);
        if (ids.length > 0) {
          endpoints = endpoints.filter((e) => ids.includes(String(e.VpcEndpointId)));
          if (endpoints.length === 0)
            return ec2Error(
              400,
              'InvalidVpcEndpointId.NotFound',
              `The Vpc Endpoint Id '${ids[0]}' does not exist`,
            );
        }
        for (let i = 1; form.has(`Filter.${i}.Name`); i += 1) {
          const name = form.get(`Filter.${i}.Name`);
          const value = form.get(`Filter.${i}.Value.1`);
          endpoints = endpoints.filter((e) =>
            name === 'vpc-id' ? e.VpcId === value : name === 'service-name' ? e.ServiceName === value : true,
          );
        }
        return vpcEndpointsXml(endpoints);
      },
    };
  }
  if (method !== 'GET')
    return { op: `${method} ${path}`, reply: () => restError(400, 'BadRequestException', 'read-only fake') };
  const list = (items: Json[]) => json({ item: items });
  m = /^\/restapis\/([^/]+)$/.exec(path);
  if (m) {
    const api = scenario.restApis?.[m[1] as string];
    return { op: 'GetRestApi', reply: () => (api ? json(api.api) : notFound('REST API')) };
  }
  m = /^\/restapis\/([^/]+)\/stages$/.exec(path);
  if (m) {
    const api = scenario.restApis?.[m[1] as string];
    return { op: 'GetStages', reply: () => (api ? list(Object.values(api.stages)) : notFound('REST API')) };
  }
  m = /^\/restapis\/([^/]+)\/stages\/([^/]+)$/.exec(path);
  if (m) {
    const stage = scenario.restApis?.[m[1] as string]?.stages[decodeURIComponent(m[2] as string)];
    return { op: 'GetStage', reply: () => (stage ? json(stage) : notFound('stage')) };
  }
  m = /^\/restapis\/([^/]+)\/deployments\/([^/]+)$/.exec(path);
  if (m) {
    const deployment = scenario.restApis?.[m[1] as string]?.deployments[m[2] as string];
    const embed = query.getAll('embed').join(',');
    return {
      op: 'GetDeployment',
      reply: () => {
        if (!deployment) return notFound('deployment');
        const { apiSummary, ...rest } = deployment;
        return json(embed.includes('apisummary') ? deployment : rest);
      },
    };
  }
  m = /^\/restapis\/([^/]+)\/resources$/.exec(path);
  if (m) {
    const api = scenario.restApis?.[m[1] as string];
    return { op: 'GetResources', reply: () => (api ? list(api.resources) : notFound('REST API')) };
  }
  m = /^\/restapis\/([^/]+)\/authorizers\/([^/]+)$/.exec(path);
  if (m) {
    const authorizer = scenario.restApis?.[m[1] as string]?.authorizers?.[m[2] as string];
    return { op: 'GetAuthorizer', reply: () => (authorizer ? json(authorizer) : notFound('authorizer')) };
  }
  if (path === '/apikeys')
    return {
      op: 'GetApiKeys',
      reply: () =>
        list(
          (scenario.apiKeys ?? []).map(({ value, ...key }) =>
            query.get('includeValues') === 'true' ? { ...key, value } : key,
          ),
        ),
    };
  if (path === '/usageplans')
    return {
      op: 'GetUsagePlans',
      reply: () => {
        const keyId = query.get('keyId');
        const plans = (scenario.usagePlans ?? []).filter(
          (plan) => !keyId || (plan.keyIds as string[] | undefined)?.includes(keyId),
        );
        return list(plans.map(({ keyIds, ...plan }) => plan));
      },
    };
  m = /^\/domainnames\/([^/]+)$/.exec(path);
  if (m) {
    const domain = scenario.domains?.[m[1] as string];
    return {
      op: 'GetDomainName',
      reply: () =>
        domain
          ? json(domain.domain)
          : restError(404, 'NotFoundException', 'Invalid domain name identifier specified'),
    };
  }
  m = /^\/domainnames\/([^/]+)\/basepathmappings$/.exec(path);
  if (m) {
    const domain = scenario.domains?.[m[1] as string];
    return {
      op: 'GetBasePathMappings',
      reply: () =>
        domain
          ? list(domain.mappings)
          : restError(404, 'NotFoundException', 'Invalid domain name identifier specified'),
    };
  }
  m = /^\/v2\/apis\/([^/]+)$/.exec(path);
  if (m) {
    const api = scenario.httpApis?.[m[1] as string];
    return { op: 'GetApi', reply: () => (api ? json(api.api) : notFound('API')) };
  }
  m = /^\/v2\/apis\/([^/]+)\/stages\/([^/]+)$/.exec(path);
  if (m) {
    const stage = scenario.httpApis?.[m[1] as string]?.stages[decodeURIComponent(m[2] as string)];
    return { op: 'GetStageV2', reply: () => (stage ? json(stage) : notFound('stage')) };
  }
  m = /^\/v2\/apis\/([^/]+)\/routes$/.exec(path);
  if (m) {
    const api = scenario.httpApis?.[m[1] as string];
    return { op: 'GetRoutes', reply: () => (api ? json({ items: api.routes }) : notFound('API')) };
  }
  m = /^\/v2\/apis\/([^/]+)\/authorizers\/([^/]+)$/.exec(path);
  if (m) {
    const authorizer = scenario.httpApis?.[m[1] as string]?.authorizers?.[m[2] as string];
    return { op: 'GetAuthorizerV2', reply: () => (authorizer ? json(authorizer) : notFound('authorizer')) };
  }
  m = /^\/v2\/domainnames\/([^/]+)$/.exec(path);
  if (m)
    return {
      op: 'GetDomainNameV2',
      reply: () =>
        restError(
          404,
          'NotFoundException',
          'The domain name resource specified in the request was not found.',
        ),
    };
  m = /^\/v2\/domainnames\/([^/]+)\/apimappings$/.exec(path);
  if (m)
    return {
      op: 'GetApiMappings',
      reply: () =>
        scenario.domains?.[m?.[1] as string]
          ? json({ items: [] })
          : restError(
              404,
              'NotFoundException',
              'The domain name resource specified in the request was not found.',
            ),
    };
  return { op: `GET ${path}`, reply: () => restError(404, 'NotFoundException', `no route ${path}`) };
}

const IAM_ACTION: Record<string, string> = {
  FilterLogEvents: 'logs:FilterLogEvents',
  GetWebACLForResource: 'wafv2:GetWebACLForResource',
  DescribeVpcEndpoints: 'ec2:DescribeVpcEndpoints',
};

async function handle(
  scenario: Scenario,
  calls: string[],
  throttled: Set<string>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const target = req.headers['x-amz-target'] as string | undefined;
  const form = target ? new URLSearchParams({ __json: raw || '{}' }) : new URLSearchParams(raw);
  const { op, reply } = route(scenario, req.method ?? 'GET', url.pathname, url.searchParams, target, form);
  calls.push(op);
  const region = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1];
  let answer: Reply;
  if (region !== scenario.region) {
    answer =
      target || form.has('Action')
        ? awsJsonError('ResourceNotFoundException', `not in ${region}`)
        : restError(404, 'NotFoundException', `Invalid API identifier specified (${region})`);
    if (form.has('Action')) answer = ec2Error(400, 'InvalidVpcEndpointId.NotFound', `not in ${region}`);
  } else if (scenario.deny?.includes(op)) {
    const action = IAM_ACTION[op] ?? 'apigateway:GET';
    answer = target
      ? awsJsonError('AccessDeniedException', DENIED_MESSAGE(action))
      : form.has('Action')
        ? ec2Error(403, 'UnauthorizedOperation', 'You are not authorized to perform this operation.')
        : restError(403, 'AccessDeniedException', DENIED_MESSAGE(action));
  } else if (scenario.throttleOnce?.includes(op) && !throttled.has(op)) {
    throttled.add(op);
    answer = target
      ? awsJsonError('ThrottlingException', 'Rate exceeded')
      : restError(429, 'TooManyRequestsException', 'Too Many Requests');
  } else answer = reply();
  res.writeHead(answer.status, {
    'x-amzn-RequestId': '0b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d',
    ...answer.headers,
  });
  res.end(answer.body);
}

export async function startFakeAws(scenario: Scenario): Promise<FakeAws> {
  const calls: string[] = [];
  const throttled = new Set<string>();
  const server: Server = createServer((req, res) => {
    handle(scenario, calls, throttled, req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
