import { headerValue } from '../exchange.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import { awsServiceName } from '../gateway.ts';
import { readWire, type WireReading } from './wire.ts';

/** Each feature is `undefined` when the record does not show what it needs: unknown, not absent. */
export type HostKind =
  | 'execute-api'
  | 'private-alias'
  | 'vpce-dns'
  | 'custom'
  | 'aws-service'
  | 'cloudfront-net';

export type Fingerprint =
  | 'rest-error'
  | 'rest-ids'
  | 'http-ids'
  | 'waf-action'
  | 'cloudfront-page'
  | 'alb'
  | 'proxy'
  | 'third-party-cdn'
  | 's3'
  | 'none';

export type AuthKind = 'sigv4' | 'bearer-jwt' | 'bearer-other' | 'raw-token' | 'none';
export type ApiKeyKind = 'sent' | 'problem' | 'none';
export type StatusKind = '401' | '403' | 'other-4xx' | 'waf-interstitial' | 'not-an-error';

export interface Observations {
  wire: WireReading;
  status?: StatusKind;
  host?: HostKind;
  /** The AWS service a non-API-Gateway AWS host belongs to. */
  awsService?: string;
  fingerprint?: Fingerprint;
  auth?: AuthKind;
  apiKey?: ApiKeyKind;
  preflight?: boolean;
  /** Cross-origin request whose error carries no access-control-allow-origin. */
  corsMasked?: boolean;
  /** First path segment on an execute-api host: looks like a stage (`prod`, `v1` …), or not. */
  stageLike?: boolean;
  firstSegment?: string;
}

const STAGE_WORD =
  /^(prod|production|prd|dev|develop|development|stage|staging|stg|test|testing|qa|uat|beta|alpha|live|sandbox|demo|default|\$default|v\d+(\.\d+)*|[a-z]+-?v\d+|latest|int|preprod|release)$/i;

export function looksLikeStage(segment: string): boolean {
  return STAGE_WORD.test(segment);
}

function hostKind(a: ExchangeFacts): HostKind | undefined {
  const exchange = a.exchange;
  if (exchange.host === '') return undefined;
  switch (a.endpoint.kind) {
    case 'regional':
    case 'edge':
      return 'execute-api';
    case 'private-alias':
      return 'private-alias';
    case 'vpce-public-dns':
      return 'vpce-dns';
    case 'aws-service':
      return 'aws-service';
    default:
      return /\.cloudfront\.net$/.test(exchange.host) ? 'cloudfront-net' : 'custom';
  }
}

function header(a: ExchangeFacts, name: string): string | undefined {
  return headerValue(a.exchange.responseHeaders, name);
}

function fingerprint(a: ExchangeFacts): Fingerprint | undefined {
  if (a.exchange.unseen?.responseHeaders) return undefined;
  if (header(a, 'x-amzn-waf-action') !== undefined) return 'waf-action';
  if (header(a, 'x-amzn-errortype') !== undefined) return 'rest-error';
  if (header(a, 'x-amz-apigw-id') !== undefined || header(a, 'x-amzn-requestid') !== undefined)
    return 'rest-ids';
  if (header(a, 'apigw-requestid') !== undefined) return 'http-ids';
  switch (a.origin.layer) {
    case 's3':
      return 's3';
    case 'alb':
      return 'alb';
    case 'cloudfront':
      return 'cloudfront-page';
    case 'proxy':
      return a.origin.via === 'third-party-cdn' ? 'third-party-cdn' : 'proxy';
    default:
      return 'none';
  }
}

/** Whether a header missing from the request headers shown may still have been sent. */
export function requestHeadersPartial(a: ExchangeFacts): boolean {
  return a.exchange.unseen?.requestHeaders === true || a.exchange.unseen?.requestHeadersQuoted === true;
}

function authKind(a: ExchangeFacts): AuthKind | undefined {
  if (a.sigv4) return 'sigv4';
  if (a.exchange.unseen?.requestHeaders) return undefined;
  const shape = a.authorization;
  if (!shape) return requestHeadersPartial(a) ? undefined : 'none';
  if (shape.scheme === 'sigv4') return 'sigv4';
  // Reports mask tokens (`eyJ…`): the header of a JWT still shows.
  const jwt = a.bearer?.claims !== undefined || /^eyJ/.test(shape.token);
  if (shape.scheme === 'bearer') return jwt ? 'bearer-jwt' : 'bearer-other';
  if (shape.scheme === 'raw-token') return jwt ? 'bearer-jwt' : 'raw-token';
  return 'bearer-other';
}

function apiKeyKind(a: ExchangeFacts): ApiKeyKind | undefined {
  if (a.apiKey.misnamed !== undefined || a.apiKey.blank || a.apiKey.padded) return 'problem';
  if (a.apiKey.sent) return a.exchange.unseen?.requestHeaders ? undefined : 'sent';
  return requestHeadersPartial(a) ? undefined : 'none';
}

function statusKind(a: ExchangeFacts): StatusKind | undefined {
  if (a.exchange.unseen?.status) return undefined;
  const status = a.exchange.status;
  if (status === 401) return '401';
  if (status === 403) return '403';
  if ((status === 202 || status === 405) && header(a, 'x-amzn-waf-action') !== undefined)
    return 'waf-interstitial';
  if (status >= 400 && status < 500) return 'other-4xx';
  return 'not-an-error';
}

function preflight(a: ExchangeFacts): boolean | undefined {
  if (a.exchange.isPreflight) return true;
  if (a.exchange.unseen?.method) return undefined;
  // Without the request headers, a failing OPTIONS in a report is a browser's preflight.
  return a.exchange.method === 'OPTIONS' && a.exchange.unseen?.requestHeaders === true;
}

function corsMasked(a: ExchangeFacts): boolean | undefined {
  // A failed preflight is its own cause (the real request was never sent), not a masked answer.
  if (a.exchange.isPreflight) return false;
  // A WAF interstitial (202/405) is not an error response the page reads.
  if (a.exchange.status < 400 || a.exchange.status > 499)
    return a.exchange.unseen?.status ? undefined : false;
  if (a.exchange.unseen?.requestHeaders || a.exchange.unseen?.responseHeaders) return undefined;
  if (a.crossOrigin === undefined && requestHeadersPartial(a)) return undefined;
  return a.crossOrigin !== undefined && a.allowOrigin === undefined;
}

/** The features of one exchange the causes are weighed on. */
export function observe(a: ExchangeFacts): Observations {
  const host = hostKind(a);
  const onExecuteApi = host === 'execute-api' || host === 'private-alias' || host === 'vpce-dns';
  const segment = a.exchange.unseen?.url ? undefined : a.endpoint.firstSegment;
  const awsService = host === 'aws-service' ? awsServiceName(a.exchange.host) : undefined;
  return {
    wire: readWire(a.exchange, a.error.errorType),
    ...optional('status', statusKind(a)),
    ...optional('host', host),
    ...optional('awsService', awsService),
    ...optional('fingerprint', fingerprint(a)),
    ...optional('auth', authKind(a)),
    ...optional('apiKey', apiKeyKind(a)),
    ...optional('preflight', preflight(a)),
    ...optional('corsMasked', corsMasked(a)),
    ...optional('stageLike', onExecuteApi && segment !== undefined ? looksLikeStage(segment) : undefined),
    ...optional('firstSegment', segment),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
