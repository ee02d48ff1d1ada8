import { parseHttpDate } from './clock-skew.ts';
import { historyFor } from './context.ts';
import {
  callerPrincipal,
  type ExecuteApiArn,
  type GatewayError,
  readGatewayError,
  resourceArn,
} from './error-message.ts';
import { headerValue } from './exchange.ts';
import { type GatewayEndpoint, gatewayEndpoint } from './gateway.ts';
import { decodeJwt, type JwtClaims, type JwtFinding, jwtFindings } from './jwt.ts';
import { type OriginVerdict, whoAnswered } from './origin.ts';
import { type AuthorizationShape, authorizationShape, parseSigV4, type SigV4Info } from './sigv4.ts';
import type { ApiHistory, Exchange, SessionContext } from './types.ts';

export interface ApiKeyShape {
  /** An `x-api-key` header was sent. */
  sent: boolean;
  /** Sent but empty or only whitespace. */
  blank: boolean;
  /** Sent with leading/trailing whitespace. */
  padded: boolean;
  /** A key sent under a name API Gateway does not read (`api-key`, `x-api_key`, `?api_key=` …). */
  misnamed?: string;
}

export interface BearerToken {
  claims?: JwtClaims;
  /** Why the token is not a readable JWT, when it is not. */
  notJwt?: string;
  findings: JwtFinding[];
}

export interface WwwAuthenticate {
  raw: string;
  error?: string;
  description?: string;
}

/** Everything the cause units read, derived once per exchange (the facts they weigh, before any cause is ranked). */
export interface ExchangeFacts {
  exchange: Exchange;
  endpoint: GatewayEndpoint;
  origin: OriginVerdict;
  error: GatewayError;
  arn?: ExecuteApiArn;
  principal?: string;
  authorization?: AuthorizationShape;
  sigv4?: SigV4Info;
  bearer?: BearerToken;
  apiKey: ApiKeyShape;
  /** The page's `Origin` when it differs from the request's own origin. */
  crossOrigin?: string;
  allowOrigin?: string;
  wwwAuthenticate?: WwwAuthenticate;
  /** Server clock (response Date), epoch ms. */
  serverTime?: number;
  history: ApiHistory;
  context: SessionContext;
}

const MISNAMED_KEY_HEADERS = /^(api-?key|x-api_key|x_api_key|apikey|x-apikey|x-api-token|api_key)$/;
const MISNAMED_KEY_QUERY = /^(api_?key|x-api-key|apikey|key)$/i;

function apiKeyShape(exchange: Exchange): ApiKeyShape {
  const value = headerValue(exchange.requestHeaders, 'x-api-key');
  const misnamed =
    exchange.requestHeaders.find((h) => MISNAMED_KEY_HEADERS.test(h.name))?.name ??
    exchange.query.find((q) => MISNAMED_KEY_QUERY.test(q.name))?.name;
  return {
    sent: value !== undefined,
    blank: value !== undefined && value.trim() === '',
    padded: value !== undefined && value.trim() !== '' && value !== value.trim(),
    ...(misnamed === undefined ? {} : { misnamed }),
  };
}

function ownOrigin(exchange: Exchange): string {
  const defaultPort = exchange.scheme === 'https' ? 443 : 80;
  const port = exchange.port !== undefined && exchange.port !== defaultPort ? `:${exchange.port}` : '';
  return `${exchange.scheme}://${exchange.host}${port}`;
}

function parseWwwAuthenticate(raw: string | undefined): WwwAuthenticate | undefined {
  if (raw === undefined) return undefined;
  const error = /error="([^"]*)"/i.exec(raw)?.[1];
  const description = /error_description="([^"]*)"/i.exec(raw)?.[1];
  return {
    raw,
    ...(error === undefined ? {} : { error }),
    ...(description === undefined ? {} : { description }),
  };
}

function bearerToken(
  shape: AuthorizationShape | undefined,
  serverTime: number | undefined,
): BearerToken | undefined {
  if (!shape || (shape.scheme !== 'bearer' && shape.scheme !== 'raw-token')) return undefined;
  const decoded = decodeJwt(shape.token);
  if (!decoded.ok) return { notJwt: decoded.reason, findings: [] };
  return { claims: decoded.claims, findings: jwtFindings(decoded.claims, serverTime) };
}

/** A record without the URL may still name the host in the request's Host (or :authority) header. */
function withHostFromHeader(exchange: Exchange): Exchange {
  if (!exchange.unseen?.url || exchange.host !== '') return exchange;
  const named =
    headerValue(exchange.requestHeaders, 'host') ?? headerValue(exchange.requestHeaders, ':authority');
  const host = named?.trim().toLowerCase().replace(/:\d+$/, '');
  return host ? { ...exchange, host } : exchange;
}

export function exchangeFacts(seen: Exchange, context: SessionContext): ExchangeFacts {
  const exchange = withHostFromHeader(seen);
  const endpoint = gatewayEndpoint(exchange, context.gatewayDomains);
  const error = readGatewayError(exchange);
  const arn = resourceArn(error.message);
  const principal = callerPrincipal(error.message);
  const rawAuthorization = headerValue(exchange.requestHeaders, 'authorization');
  const authorization = rawAuthorization === undefined ? undefined : authorizationShape(rawAuthorization);
  const sigv4 = parseSigV4(exchange, endpoint.region);
  const serverTime = parseHttpDate(headerValue(exchange.responseHeaders, 'date'));
  const bearer = bearerToken(authorization, serverTime);
  const pageOrigin = headerValue(exchange.requestHeaders, 'origin');
  const crossOrigin = pageOrigin !== undefined && pageOrigin !== 'null' && pageOrigin !== ownOrigin(exchange);
  const allowOrigin = headerValue(exchange.responseHeaders, 'access-control-allow-origin');
  const wwwAuthenticate = parseWwwAuthenticate(headerValue(exchange.responseHeaders, 'www-authenticate'));
  return {
    exchange,
    endpoint,
    origin: whoAnswered(exchange),
    error,
    ...(arn ? { arn } : {}),
    ...(principal ? { principal } : {}),
    ...(authorization ? { authorization } : {}),
    ...(sigv4 ? { sigv4 } : {}),
    ...(bearer ? { bearer } : {}),
    apiKey: apiKeyShape(exchange),
    ...(crossOrigin && pageOrigin ? { crossOrigin: pageOrigin } : {}),
    ...(allowOrigin === undefined ? {} : { allowOrigin }),
    ...(wwwAuthenticate ? { wwwAuthenticate } : {}),
    ...(serverTime === undefined ? {} : { serverTime }),
    history: historyFor(context, exchange),
    context,
  };
}
