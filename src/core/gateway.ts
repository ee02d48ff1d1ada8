import { headerValue } from './exchange.ts';
import type { Exchange } from './types.ts';

/**
 * How the request reached (what may be) API Gateway. Regional and edge-optimized APIs share the
 * host pattern; `edge` needs the response's CloudFront headers.
 */
export type EndpointKind =
  | 'regional'
  | 'edge'
  | 'private-alias'
  | 'vpce-public-dns'
  | 'custom-domain'
  | 'aws-service'
  | 'other';

export interface GatewayEndpoint {
  kind: EndpointKind;
  partition?: 'aws' | 'aws-cn';
  apiId?: string;
  region?: string;
  vpceId?: string;
  /** First path segment on execute-api hosts (where it is the stage). */
  stage?: string;
  /** The path after the stage on execute-api hosts, the whole path elsewhere. */
  resourcePath: string;
  /** First path segment, whatever the host (a stage typed into a custom-domain URL shows here). */
  firstSegment?: string;
}

const EXECUTE_API = /^([a-z0-9]+)(?:-(vpce-[a-z0-9]+))?\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
// Reports mask the api id or region (`{api-id}`, `xxxx`, `<region>`): still an execute-api host.
const EXECUTE_API_MASKED = /^([^.]+|\.+)\.execute-api\.[^.]+\.amazonaws\.com(\.cn)?$/;
const VPCE_PUBLIC_DNS_MASKED = /^[^.]+\.execute-api\.[^.]+\.vpce\.amazonaws\.com(\.cn)?$/;
const VPCE_PUBLIC_DNS =
  /^(vpce-[a-z0-9]+-[a-z0-9]+)\.execute-api\.([a-z0-9-]+)\.vpce\.amazonaws\.com(\.cn)?$/;
// AWS's own service endpoints (AppSync, S3, Lambda function URLs on *.on.aws …) also send
// x-amz-apigw-id / x-amzn-requestid and reuse API Gateway's error texts; they are not API Gateway.
const AWS_SERVICE = /(^|\.)amazonaws\.com(\.cn)?$|(^|\.)(api\.aws|on\.aws)$/;

/** Headers that reveal API Gateway answered (REST: x-amzn-*, HTTP API: apigw-requestid). */
export const GATEWAY_ID_HEADERS = [
  'x-amz-apigw-id',
  'apigw-requestid',
  'x-amzn-errortype',
  'x-amzn-requestid',
];

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** `splitPath(path)[0]` without splitting the whole path: this runs for every entry of a file. */
function firstPathSegment(path: string): string | undefined {
  let start = 0;
  while (path.charCodeAt(start) === 47) start += 1;
  if (start >= path.length) return undefined;
  const end = path.indexOf('/', start);
  return path.slice(start, end < 0 ? path.length : end);
}

function decodeSegment(segment: string): string {
  // Without a `%` there is nothing to decode (and decodeURIComponent would return it unchanged).
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function hasCloudFrontHeaders(exchange: Exchange): boolean {
  return exchange.responseHeaders.some(
    (h) => h.name === 'x-amz-cf-id' || (h.name === 'via' && /cloudfront/i.test(h.value)),
  );
}

function answersLikeGateway(exchange: Exchange): boolean {
  return exchange.responseHeaders.some((h) => GATEWAY_ID_HEADERS.includes(h.name));
}

/** The api id named by the request's `Host`/`:authority` or `x-apigw-api-id` header (vpce public DNS). */
function apiIdFromRequestHeaders(exchange: Exchange): string | undefined {
  const explicit = headerValue(exchange.requestHeaders, 'x-apigw-api-id');
  if (explicit) return explicit.trim();
  const host =
    headerValue(exchange.requestHeaders, 'host') ?? headerValue(exchange.requestHeaders, ':authority');
  return host ? EXECUTE_API.exec(host.trim().toLowerCase().replace(/:\d+$/, ''))?.[1] : undefined;
}

/** Reads endpoint kind, api id, region and stage from the URL (and, for edge / custom domains, the response). */
export function gatewayEndpoint(
  exchange: Exchange,
  knownGatewayDomains: readonly string[] = [],
): GatewayEndpoint {
  const firstRaw = firstPathSegment(exchange.path);
  const first = firstRaw === undefined ? undefined : decodeSegment(firstRaw);
  const firstSegment = first === undefined ? {} : { firstSegment: first };
  // On execute-api hosts the first path segment is the stage.
  const onExecuteApi = (
    kind: EndpointKind,
    ids: { apiId?: string; region?: string; vpceId?: string; china?: string },
  ): GatewayEndpoint => ({
    kind,
    partition: ids.china ? 'aws-cn' : 'aws',
    ...(ids.apiId ? { apiId: ids.apiId } : {}),
    ...(ids.region ? { region: ids.region } : {}),
    ...(ids.vpceId ? { vpceId: ids.vpceId } : {}),
    ...(first === undefined ? {} : { stage: first }),
    resourcePath: `/${splitPath(exchange.path).slice(1).join('/')}`,
    ...firstSegment,
  });
  const executeApi = EXECUTE_API.exec(exchange.host);
  if (executeApi) {
    const [, apiId, vpceId, region, china] = executeApi;
    const kind = vpceId ? 'private-alias' : hasCloudFrontHeaders(exchange) ? 'edge' : 'regional';
    return onExecuteApi(kind, { apiId, vpceId, region, china });
  }
  if (EXECUTE_API_MASKED.test(exchange.host)) {
    const china = exchange.host.endsWith('.cn') ? '.cn' : undefined;
    return onExecuteApi(hasCloudFrontHeaders(exchange) ? 'edge' : 'regional', {
      ...(china ? { china } : {}),
    });
  }
  const vpce = VPCE_PUBLIC_DNS.exec(exchange.host);
  if (vpce) {
    const [, vpceId, region, china] = vpce;
    return onExecuteApi('vpce-public-dns', {
      apiId: apiIdFromRequestHeaders(exchange),
      vpceId,
      region,
      china,
    });
  }
  if (VPCE_PUBLIC_DNS_MASKED.test(exchange.host)) {
    const china = exchange.host.endsWith('.cn') ? '.cn' : undefined;
    return onExecuteApi('vpce-public-dns', {
      apiId: apiIdFromRequestHeaders(exchange),
      ...(china ? { china } : {}),
    });
  }
  const resourcePath = exchange.path.split('?')[0] || '/';
  if (AWS_SERVICE.test(exchange.host)) return { kind: 'aws-service', resourcePath, ...firstSegment };
  if (answersLikeGateway(exchange) || knownGatewayDomains.includes(exchange.host)) {
    return { kind: 'custom-domain', resourcePath, ...firstSegment };
  }
  return { kind: 'other', resourcePath, ...firstSegment };
}

/** True for a host name of API Gateway's default endpoints (execute-api, private alias, vpce public DNS). */
export function isExecuteApiHost(host: string): boolean {
  const lower = host.toLowerCase();
  return EXECUTE_API.test(lower) || EXECUTE_API_MASKED.test(lower) || VPCE_PUBLIC_DNS_MASKED.test(lower);
}

/** True for the hosts API Gateway serves its default endpoints on (not custom domains). */
export function isExecuteApiKind(kind: EndpointKind): boolean {
  return kind === 'regional' || kind === 'edge' || kind === 'private-alias' || kind === 'vpce-public-dns';
}

/** Key under which the session context groups requests to the same API. */
export function apiKey(endpoint: GatewayEndpoint, host: string): string {
  return endpoint.apiId ? `api:${endpoint.apiId}` : `host:${host}`;
}

/** AWS services whose endpoints answer with the same SigV4/IAM texts as API Gateway, by host. */
const AWS_SERVICES: Array<[RegExp, string]> = [
  [/(^|\.)es\.amazonaws\.com(\.cn)?$|(^|\.)aoss\.amazonaws\.com$/, 'Amazon OpenSearch Service'],
  [/(^|\.)s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/, 'Amazon S3'],
  [/(^|\.)sts([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/, 'AWS STS'],
  [/\.lambda-url\.[a-z0-9-]+\.on\.aws$/, 'an AWS Lambda function URL'],
  [/(^|\.)lambda\.[a-z0-9-]+\.amazonaws\.com$/, 'AWS Lambda'],
  [/(^|\.)appsync-api\.[a-z0-9-]+\.amazonaws\.com$/, 'AWS AppSync'],
  [/(^|\.)elb\.amazonaws\.com(\.cn)?$/, 'Elastic Load Balancing'],
  [/(^|\.)execute-api\.[a-z0-9-]+\.amazonaws\.com$/, 'API Gateway'],
  [/(^|\.)([a-z0-9-]+)\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/, ''],
];

/** The AWS service an `*.amazonaws.com` / `*.on.aws` host belongs to (its DNS label when not known). */
export function awsServiceName(host: string): string | undefined {
  if (!AWS_SERVICE.test(host)) return undefined;
  for (const [pattern, name] of AWS_SERVICES) {
    const match = pattern.exec(host);
    if (match) return name || `AWS (${match[2] ?? host})`;
  }
  return `AWS (${host})`;
}
