import type { HarEntryLike } from '../exchange.ts';
import type { CauseId } from '../types.ts';

/*
 * The wire shape of the cause examples (`<id>.examples.ts`): test and tooling data, never imported by product
 * code, so the bundles do not carry it (test/hygiene/examples-not-shipped.test.ts).
 */

/**
 * One exchange that produces its cause: the cross-check ranks that cause first, or one of the look-alikes
 * listed in `also` (causes the same wire can mean, which may rank above it).
 */
export interface CauseExample {
  name: string;
  entry: HarEntryLike;
  /** Other entries of the same session (the context the example is classified in). */
  session?: HarEntryLike[];
  also?: CauseId[];
}

/** A compact description of one captured request/response, expanded into a HAR entry. */
export interface EntrySpec {
  method?: string;
  url: string;
  status?: number;
  /** Which fingerprint headers the response carries. */
  flavor?: 'rest' | 'http' | 'none';
  errorType?: string;
  /** A JSON body (objects) or raw text; omit for no captured body. */
  body?: string | object;
  /** Already base64-encoded body text. */
  base64Body?: string;
  mimeType?: string;
  requestHeaders?: Record<string, string>;
  responseHeaders?: Record<string, string>;
  serverIp?: string;
  resourceType?: string;
}

const EXAMPLE_DATE = 'Tue, 24 Nov 2026 10:00:00 GMT';

function pairs(record: Record<string, string>): Array<{ name: string; value: string }> {
  return Object.entries(record).map(([name, value]) => ({ name, value }));
}

/**
 * The fake x-amz-apigw-id of every REST example: a string only the examples hold, so finding it in a bundle
 * means examples were shipped (test/hygiene/examples-not-shipped.test.ts).
 */
export const EXAMPLE_MARKER = 'Vb3xKFpLIAMEbQw=';

const FLAVOR_HEADERS: Record<NonNullable<EntrySpec['flavor']>, Record<string, string>> = {
  rest: { 'x-amzn-RequestId': '3f1c9a4e-8b2d-4c1e-9f0a-7d6e5c4b3a21', 'x-amz-apigw-id': EXAMPLE_MARKER },
  http: { 'apigw-requestid': 'Mc7UVioPPHcEKPA=' },
  none: {},
};

/** Expands an EntrySpec into a Chromium-shaped HAR entry. */
export function entry(spec: EntrySpec): HarEntryLike {
  const text =
    spec.base64Body ??
    (typeof spec.body === 'string'
      ? spec.body
      : spec.body === undefined
        ? undefined
        : JSON.stringify(spec.body));
  const mimeType = spec.mimeType ?? (typeof spec.body === 'object' ? 'application/json' : 'text/plain');
  const responseHeaders: Record<string, string> = {
    date: EXAMPLE_DATE,
    'content-type': mimeType,
    ...FLAVOR_HEADERS[spec.flavor ?? 'rest'],
    ...(spec.errorType ? { 'x-amzn-ErrorType': spec.errorType } : {}),
    ...spec.responseHeaders,
  };
  return {
    startedDateTime: '2026-11-24T10:00:00.000Z',
    request: { method: spec.method ?? 'GET', url: spec.url, headers: pairs(spec.requestHeaders ?? {}) },
    response: {
      status: spec.status ?? 403,
      headers: pairs(responseHeaders),
      content: {
        mimeType,
        ...(text === undefined ? {} : { text, size: text.length }),
        ...(spec.base64Body === undefined ? {} : { encoding: 'base64' }),
      },
    },
    ...(spec.serverIp ? { serverIPAddress: spec.serverIp } : {}),
    ...(spec.resourceType ? { _resourceType: spec.resourceType } : {}),
  };
}

/** Hosts the examples use (the same fake hosts as the e2e tests). */
export const HOSTS = {
  rest: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
  http: 'https://h7t8p9a0p1.execute-api.eu-west-1.amazonaws.com',
  customDomain: 'https://api.demo-shop.test',
  vpce: 'https://vpce-0a1b2c3d4e5f67890-abcd1234.execute-api.us-east-1.vpce.amazonaws.com',
  privateAlias: 'https://a1b2c3d4e5-vpce-0a1b2c3d4e5f67890.execute-api.us-east-1.amazonaws.com',
  china: 'https://k9j8h7g6f5.execute-api.cn-north-1.amazonaws.com.cn',
  appsync: 'https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com',
  page: 'https://demo.apigw403.test',
} as const;

/** A SigV4 Authorization header scoped to `region` (signature bytes are fake). */
export function sigv4Headers(region = 'us-east-1', service = 'execute-api'): Record<string, string> {
  return {
    Authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261124/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7`,
    'X-Amz-Date': '20261124T100000Z',
  };
}

/** Cognito-shaped JWTs (fake signatures) relative to EXAMPLE_DATE: valid, expired an hour ago, an id token. */
export const EXAMPLE_JWT = {
  valid:
    'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiI3ZDhlOWYwMC0xMTExLTIyMjItMzMzMy00NDQ0NTU1NTY2NjYiLCJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLmV1LXdlc3QtMS5hbWF6b25hd3MuY29tL2V1LXdlc3QtMV9BYkNkRWYxMjMiLCJjbGllbnRfaWQiOiI0ZXhhbXBsZTVjbGllbnQ2aWQiLCJ0b2tlbl91c2UiOiJhY2Nlc3MiLCJzY29wZSI6Im9yZGVycy9yZWFkIiwiaWF0IjoxNzk1NTEzODAwLCJleHAiOjE3OTU1MTc0MDB9.c2lnbmF0dXJl',
  expired:
    'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiI3ZDhlOWYwMC0xMTExLTIyMjItMzMzMy00NDQ0NTU1NTY2NjYiLCJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLmV1LXdlc3QtMS5hbWF6b25hd3MuY29tL2V1LXdlc3QtMV9BYkNkRWYxMjMiLCJjbGllbnRfaWQiOiI0ZXhhbXBsZTVjbGllbnQ2aWQiLCJ0b2tlbl91c2UiOiJhY2Nlc3MiLCJzY29wZSI6Im9yZGVycy9yZWFkIiwiaWF0IjoxNzk1NTA3MjAwLCJleHAiOjE3OTU1MTA4MDB9.c2lnbmF0dXJl',
  idToken:
    'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiI3ZDhlOWYwMC0xMTExLTIyMjItMzMzMy00NDQ0NTU1NTY2NjYiLCJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLmV1LXdlc3QtMS5hbWF6b25hd3MuY29tL2V1LXdlc3QtMV9BYkNkRWYxMjMiLCJ0b2tlbl91c2UiOiJpZCIsImF1ZCI6IjRleGFtcGxlNWNsaWVudDZpZCIsImlhdCI6MTc5NTUxMzgwMCwiZXhwIjoxNzk1NTE3NDAwfQ.c2lnbmF0dXJl',
} as const;

/** The API key the examples send (the credential tests look for its prefix in what is shown). */
export const KEY = { 'x-api-key': 'k3yV4lu3-0123456789abcdefghij' };

/** An AccessDeniedException whose gateway response was customized: the IAM text is gone. */
export const CUSTOM_ACCESS_DENIED: EntrySpec = {
  url: `${HOSTS.rest}/prod/orders`,
  errorType: 'AccessDeniedException',
  body: { error: 'ACCESS_DENIED', requestId: '3f1c9a4e-8b2d-4c1e-9f0a-7d6e5c4b3a21' },
};

/** The page origin cross-origin examples come from. */
export const PAGE = { Origin: HOSTS.page };

/** API Gateway's bare `{"message":"Forbidden"}` answer to the request `spec` describes. */
export function bareForbidden(spec: EntrySpec): HarEntryLike {
  return entry({ ...spec, errorType: 'ForbiddenException', body: { message: 'Forbidden' } });
}

/** A Bearer token sent where API Gateway parses Authorization as SigV4, and its exact answer. */
export function bearerReadAsSigV4(url: string, serverIp?: string): HarEntryLike {
  return entry({
    url,
    ...(serverIp ? { serverIp } : {}),
    errorType: 'IncompleteSignatureException',
    body: {
      message: `'${EXAMPLE_JWT.valid}' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer ${EXAMPLE_JWT.valid}'.`,
    },
    requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
  });
}
