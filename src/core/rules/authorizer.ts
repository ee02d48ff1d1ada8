import type { Analysis } from '../analysis.ts';
import { errorTypeIs, evidence, gatewayRejected, messageStarts, wireEvidence } from './evidence.ts';
import { EXAMPLE_JWT, entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

const EXPLICIT = 'user is not authorized to access this resource with an explicit deny';
const IMPLICIT = 'user is not authorized to access this resource';

function tokenEvidence(a: Analysis) {
  return a.authorization
    ? [evidence.request(`Authorization header sent (${a.authorization.scheme})`)]
    : [evidence.absence('no Authorization header (the token may travel in another header)')];
}

export const lambdaAuthorizerExplicitDeny: Rule = {
  id: 'lambda-authorizer-explicit-deny',
  match(a) {
    if (!gatewayRejected(a) || !messageStarts(a, EXPLICIT)) return undefined;
    return { score: 95, evidence: [...wireEvidence(a), ...tokenEvidence(a)] };
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
  ],
};

export const lambdaAuthorizerImplicitDeny: Rule = {
  id: 'lambda-authorizer-implicit-deny',
  match(a) {
    if (!gatewayRejected(a) || a.error.normalized !== IMPLICIT) return undefined;
    const method = `${a.exchange.method} ${a.endpoint.resourcePath}`;
    return {
      score: 90,
      evidence: [
        ...wireEvidence(a),
        ...tokenEvidence(a),
        evidence.path(
          `the authorizer policy must allow this method ARN: …/${a.endpoint.stage ?? '<stage>'}/${method.replace(' ', '')}`,
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
