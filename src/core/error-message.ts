import { headerValue } from './exchange.ts';
import type { Exchange } from './types.ts';

export interface GatewayError {
  /** `x-amzn-errortype` before any `:` suffix. */
  errorType?: string;
  /** The `message`/`Message` field of a JSON body, or a short text body. */
  message?: string;
  /** Message lower-cased, whitespace collapsed, trailing `.` removed: what rules match on. */
  normalized: string;
}

const SHORT_TEXT = 2000;

function messageFromJson(json: unknown): string | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  for (const [key, value] of Object.entries(json)) {
    if (key.toLowerCase() === 'message' && typeof value === 'string') return value;
  }
  return undefined;
}

/** The error type header and body message API Gateway puts on its own responses. */
export function readGatewayError(exchange: Exchange): GatewayError {
  const rawType = headerValue(exchange.responseHeaders, 'x-amzn-errortype');
  const errorType = rawType?.split(':')[0]?.trim() || undefined;
  const body = exchange.body;
  const message =
    body.kind === 'json'
      ? messageFromJson(body.json)
      : body.kind === 'text' && body.text && body.text.length <= SHORT_TEXT
        ? body.text.trim()
        : undefined;
  const normalized = (message ?? '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return { ...(errorType ? { errorType } : {}), ...(message === undefined ? {} : { message }), normalized };
}

export interface ExecuteApiArn {
  partition: string;
  region: string;
  account: string;
  apiId: string;
  stage?: string;
  method?: string;
  path?: string;
  arn: string;
}

// API Gateway masks the account in IAM messages (`********9012`).
const EXECUTE_API_ARN =
  /arn:(aws[\w-]*):execute-api:([a-z0-9-]+):([\d*]{12}):([a-z0-9]+)(?:\/([^/\s]+))?(?:\/([A-Z*]+))?(\/[^\s]*)?/;

/** The execute-api resource ARN quoted in an IAM/resource-policy denial. */
export function resourceArn(message: string | undefined): ExecuteApiArn | undefined {
  const match = message ? EXECUTE_API_ARN.exec(message) : null;
  if (!match) return undefined;
  const [arn, partition = 'aws', region = '', account = '', apiId = '', stage, method, path] = match;
  return {
    arn: arn.replace(/[.,]+$/, ''),
    partition,
    region,
    account,
    apiId,
    ...(stage ? { stage } : {}),
    ...(method ? { method } : {}),
    ...(path ? { path: path.replace(/[.,]+$/, '') } : {}),
  };
}

/** The caller ARN in `User: <arn> is not authorized …`, or `anonymous`. */
export function callerPrincipal(message: string | undefined): string | undefined {
  return message ? /User:\s*(anonymous|arn:[^\s]+)\s+is not authorized/i.exec(message)?.[1] : undefined;
}
