/** What one flagged exchange tells the checks: where it went, who sent it, with what credentials. */
import {
  authorizationShape,
  type CauseId,
  type Diagnosis,
  decodeJwt,
  type Exchange,
  headerValue,
  type JwtClaims,
  parseSigV4,
} from '../core/index.ts';
import { accountOfAccessKey } from './access-key.ts';

export interface ApiKeyHint {
  /** The whole key when the capture was not redacted (compared locally, never printed). */
  value?: string;
  length?: number;
  last4?: string;
}

export interface Target {
  index: number;
  exchange: Exchange;
  candidates: CauseId[];
  method: string;
  host: string;
  endpointKind: string;
  apiId?: string;
  region?: string;
  /** First path segment on execute-api hosts. */
  stage?: string;
  resourcePath: string;
  requestId?: string;
  /** Request time, ms since the epoch. */
  time?: number;
  apiKey?: ApiKeyHint;
  /** How the request authenticated. */
  auth: 'sigv4' | 'bearer' | 'other' | 'none';
  jwt?: JwtClaims;
  principal?: string;
  callerAccount?: string;
  /** The API's account, from the ARN in the error message. */
  apiAccount?: string;
  vpceId?: string;
  /** Whether the request named the API for a VPC endpoint's public DNS name (Host or x-apigw-api-id). */
  namesApi: boolean;
}

const REDACTED_KEY = /^REDACTED-\d+-len(\d+)(?:-(.{4}))?$/;

function apiKeyHint(value: string | undefined): ApiKeyHint | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const redacted = REDACTED_KEY.exec(value.trim());
  if (!redacted) return { value: value.trim(), length: value.trim().length, last4: value.trim().slice(-4) };
  return { length: Number(redacted[1]), ...(redacted[2] ? { last4: redacted[2] } : {}) };
}

export function targetOf(index: number, exchange: Exchange, diagnosis: Diagnosis): Target {
  const facts = diagnosis.facts;
  const authorization = headerValue(exchange.requestHeaders, 'authorization');
  const sigv4 = parseSigV4(exchange);
  const shape = authorization ? authorizationShape(authorization) : undefined;
  const auth = sigv4 ? 'sigv4' : shape?.scheme === 'bearer' ? 'bearer' : shape ? 'other' : 'none';
  const token = shape && shape.scheme !== 'sigv4' ? shape.token : undefined;
  const decoded = token ? decodeJwt(token) : undefined;
  const principal = facts.principal ?? (auth === 'none' ? 'anonymous' : undefined);
  const principalAccount = principal
    ? /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1]
    : undefined;
  const callerAccount =
    principalAccount ?? (sigv4?.accessKeyId ? accountOfAccessKey(sigv4.accessKeyId) : undefined);
  const started = exchange.startedDateTime ? Date.parse(exchange.startedDateTime) : Number.NaN;
  const key = apiKeyHint(headerValue(exchange.requestHeaders, 'x-api-key'));
  return {
    index,
    exchange,
    candidates: diagnosis.causes.map((cause) => cause.id),
    method: exchange.method.toUpperCase(),
    host: exchange.host,
    endpointKind: facts.endpointKind ?? 'other',
    ...(facts.apiId ? { apiId: facts.apiId } : {}),
    ...(facts.region ? { region: facts.region } : {}),
    ...(facts.stage ? { stage: facts.stage } : {}),
    resourcePath: facts.resourcePath ?? exchange.path.split('?')[0] ?? '/',
    ...(facts.requestId ? { requestId: facts.requestId } : {}),
    ...(Number.isFinite(started) ? { time: started } : {}),
    ...(key ? { apiKey: key } : {}),
    auth,
    ...(decoded?.ok ? { jwt: decoded.claims } : {}),
    ...(principal ? { principal } : {}),
    ...(callerAccount ? { callerAccount } : {}),
    ...(facts.account ? { apiAccount: facts.account } : {}),
    ...(facts.vpceId ? { vpceId: facts.vpceId } : {}),
    namesApi:
      headerValue(exchange.requestHeaders, 'x-apigw-api-id') !== undefined ||
      /\.execute-api\./.test(headerValue(exchange.requestHeaders, 'host') ?? ''),
  };
}
