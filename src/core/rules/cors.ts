import { fact, statusFact } from '../evidence-fact.ts';
import { messageFact } from './evidence.ts';
import { entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

const PAGE = { Origin: HOSTS.page };

export const corsPreflight403: Rule = {
  id: 'cors-preflight-403',
  match(a) {
    const status = a.exchange.status;
    if (!a.exchange.isPreflight || status < 400 || status > 499) return undefined;
    // A bare preflight failure counts only on an API Gateway host: on any other site it is not ours to explain
    // (and isCandidate never lets it reach the worker).
    const unknownOnGatewayHost = a.origin.layer === 'unknown' && a.endpoint.kind !== 'other';
    if (a.origin.layer !== 'api-gateway' && !unknownOnGatewayHost) return undefined;
    const requested = a.exchange.requestHeaders.find(
      (h) => h.name === 'access-control-request-method',
    )?.value;
    return {
      score: 92,
      evidence: [
        statusFact(status),
        fact('request', 'preflight', requested ?? '?'),
        ...(a.error.message ? [messageFact(a.error.message)] : []),
        fact('context', 'real_request_not_sent'),
      ],
    };
  },
  examples: [
    {
      name: 'no OPTIONS method on the resource',
      entry: entry({
        method: 'OPTIONS',
        url: `${HOSTS.rest}/prod/items`,
        errorType: 'MissingAuthenticationTokenException',
        body: { message: 'Missing Authentication Token' },
        requestHeaders: {
          ...PAGE,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,x-api-key',
        },
        resourceType: 'preflight',
      }),
    },
    {
      name: 'authorizer on OPTIONS',
      entry: entry({
        method: 'OPTIONS',
        url: `${HOSTS.http}/orders`,
        flavor: 'http',
        status: 401,
        body: { message: 'Unauthorized' },
        requestHeaders: {
          ...PAGE,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      }),
      also: ['authorizer-unauthorized-401'],
    },
    {
      name: 'OPTIONS routed to a Lambda proxy (ANY method) that refuses it',
      entry: entry({
        method: 'OPTIONS',
        url: `${HOSTS.rest}/prod/orders`,
        body: { error: 'METHOD_NOT_ALLOWED' },
        requestHeaders: { ...PAGE, 'Access-Control-Request-Method': 'DELETE' },
      }),
    },
  ],
};

export const corsMasked403: Rule = {
  id: 'cors-masked-403',
  match(a) {
    const status = a.exchange.status;
    if (
      !a.crossOrigin ||
      a.exchange.isPreflight ||
      status < 400 ||
      status > 499 ||
      a.allowOrigin !== undefined
    ) {
      return undefined;
    }
    if (a.origin.layer !== 'api-gateway' && a.origin.layer !== 'waf') return undefined;
    return {
      score: 58,
      evidence: [
        statusFact(status),
        fact('request', 'cross_origin_from', a.crossOrigin),
        fact('absence', 'no_acao'),
      ],
    };
  },
  examples: [
    {
      name: 'cross-origin Forbidden without CORS headers',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'ForbiddenException',
        body: { message: 'Forbidden' },
        requestHeaders: PAGE,
      }),
      session: [entry({ url: `${HOSTS.rest}/prod/items`, status: 200, body: [], requestHeaders: PAGE })],
      also: ['invalid-api-key', 'waf-blocked'],
    },
  ],
};

export const corsRules = [corsPreflight403, corsMasked403];
