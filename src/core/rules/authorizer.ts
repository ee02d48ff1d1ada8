import { fact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import {
  errorTypeIs,
  gatewayRejected,
  isBareForbidden,
  isCustomizedAccessDenied,
  messageStarts,
  wireEvidence,
} from './evidence.ts';
import { EXAMPLE_JWT, entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

const EXPLICIT = 'user is not authorized to access this resource with an explicit deny';
const IMPLICIT = 'user is not authorized to access this resource';

function tokenEvidence(a: ExchangeFacts) {
  return a.authorization
    ? [fact('request', 'authorization_sent', a.authorization.scheme)]
    : [fact('absence', 'no_authorization_other_header')];
}

export const lambdaAuthorizerExplicitDeny: Rule = {
  id: 'lambda-authorizer-explicit-deny',
  match(a) {
    if (gatewayRejected(a) && messageStarts(a, EXPLICIT)) {
      return { score: 95, evidence: [...wireEvidence(a), ...tokenEvidence(a)] };
    }
    if (isCustomizedAccessDenied(a) && !a.sigv4) {
      const score = a.authorization ? 50 : 30;
      return { score, evidence: [...wireEvidence(a), fact('body', 'custom_response'), ...tokenEvidence(a)] };
    }
    // HTTP API Lambda authorizers answer a deny with a bare Forbidden; a SigV4 call means IAM instead.
    if (a.origin.api === 'http' && isBareForbidden(a) && a.authorization && !a.sigv4) {
      return {
        score: 62,
        evidence: [...wireEvidence(a), ...tokenEvidence(a), fact('host', 'http_api_authorizer')],
      };
    }
    return undefined;
  },
  examples: [
    {
      name: 'Lambda authorizer returned Deny',
      entry: entry({
        url: `${HOSTS.rest}/prod/reports`,
        errorType: 'AccessDeniedException',
        body: { Message: 'User is not authorized to access this resource with an explicit deny' },
        requestHeaders: { Authorization: 'allow-me-not' },
      }),
    },
    {
      name: 'newer wording, trailing dot, errortype suffix',
      entry: entry({
        url: `${HOSTS.rest}/prod/reports`,
        errorType: 'AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/',
        body: {
          message:
            'User is not authorized to access this resource with an explicit deny in an identity-based policy.',
        },
        requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
      }),
    },
    {
      name: 'customized ACCESS_DENIED response to a request with a token',
      entry: entry({
        url: `${HOSTS.rest}/prod/reports`,
        errorType: 'AccessDeniedException',
        body: { error: 'ACCESS_DENIED' },
        requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
      }),
      also: ['iam-explicit-deny'],
    },
    {
      name: 'HTTP API Lambda authorizer returned isAuthorized: false',
      entry: entry({
        url: `${HOSTS.http}/reports`,
        flavor: 'http',
        body: { message: 'Forbidden' },
        requestHeaders: { Authorization: 'session-7f3a9c' },
      }),
      also: ['waf-blocked', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
    },
  ],
};

export const lambdaAuthorizerImplicitDeny: Rule = {
  id: 'lambda-authorizer-implicit-deny',
  match(a) {
    if (!gatewayRejected(a) || a.error.normalized !== IMPLICIT) return undefined;
    return {
      score: 90,
      evidence: [
        ...wireEvidence(a),
        ...tokenEvidence(a),
        fact(
          'path',
          'policy_must_allow_arn',
          `${a.endpoint.stage ?? '<stage>'}/${a.exchange.method}${a.endpoint.resourcePath}`,
        ),
      ],
    };
  },
  examples: [
    {
      name: 'policy cached for another method',
      entry: entry({
        method: 'POST',
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'AccessDeniedException',
        body: { Message: 'User is not authorized to access this resource' },
        requestHeaders: { Authorization: `Bearer ${EXAMPLE_JWT.valid}` },
      }),
    },
  ],
};

export const authorizerUnauthorized401: Rule = {
  id: 'authorizer-unauthorized-401',
  match(a) {
    if (!gatewayRejected(a) || a.wwwAuthenticate?.error) return undefined;
    const unauthorized = errorTypeIs(a, 'UnauthorizedException') || a.error.normalized === 'unauthorized';
    if (!unauthorized) return undefined;
    const score = a.exchange.status === 401 ? 88 : 70;
    return { score, evidence: [...wireEvidence(a), ...tokenEvidence(a)] };
  },
  examples: [
    {
      name: 'REST Lambda authorizer, token missing',
      entry: entry({
        url: `${HOSTS.rest}/prod/profile`,
        status: 401,
        errorType: 'UnauthorizedException',
        body: { message: 'Unauthorized' },
      }),
    },
    {
      name: 'HTTP API, header not matching the identity source',
      entry: entry({
        url: `${HOSTS.http}/orders`,
        status: 401,
        flavor: 'http',
        body: { message: 'Unauthorized' },
        requestHeaders: { 'X-Auth': EXAMPLE_JWT.valid },
      }),
    },
  ],
};

export const authorizerRules = [
  lambdaAuthorizerExplicitDeny,
  lambdaAuthorizerImplicitDeny,
  authorizerUnauthorized401,
];
