import { fact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Evidence } from '../types.ts';
import { errorTypeIs, gatewayRejected, messageHas, wireEvidence } from './evidence.ts';
import { EXAMPLE_JWT, entry, HOSTS, sigv4Headers } from './example-entry.ts';
import type { Rule } from './rule.ts';

/** Example: a Bearer token sent where API Gateway parses Authorization as SigV4, and its exact answer. */
function bearerReadAsSigV4(url: string, serverIp?: string) {
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

/**
 * API Gateway tried to read a non-SigV4 Authorization header as SigV4: the route does not exist, the
 * method is AWS_IAM, or a VPC endpoint policy made the gateway check it.
 */
function nonSigV4Rejected(a: ExchangeFacts): boolean {
  if (!gatewayRejected(a) || !a.authorization || a.authorization.scheme === 'sigv4') return false;
  return (
    messageHas(a, "authorization header requires 'credential' parameter") ||
    messageHas(a, 'not a valid key=value pair (missing equal-sign) in authorization header') ||
    errorTypeIs(a, 'IncompleteSignatureException') ||
    (errorTypeIs(a, 'InvalidSignatureException') && isPrivateEndpoint(a))
  );
}

function isPrivateEndpoint(a: ExchangeFacts): boolean {
  return a.endpoint.kind === 'private-alias' || a.endpoint.kind === 'vpce-public-dns';
}

function authorizationEvidence(a: ExchangeFacts): Evidence[] {
  return [fact('request', 'authorization_not_sigv4', a.authorization?.scheme ?? '?')];
}

function routeWorked(a: ExchangeFacts): boolean {
  return a.history.pathsThatWorked.includes(`${a.exchange.method} ${a.exchange.path}`);
}

export const resourceNotFoundSigned: Rule = {
  id: 'resource-not-found-signed',
  match(a) {
    if (!nonSigV4Rejected(a) || routeWorked(a)) return undefined;
    const score = isPrivateEndpoint(a) || a.history.signedCalls > 0 ? 55 : 78;
    return { score, evidence: [...wireEvidence(a), ...authorizationEvidence(a)] };
  },
  examples: [
    {
      name: 'Bearer token to a path that does not exist',
      entry: bearerReadAsSigV4(`${HOSTS.rest}/prod/ordrs`),
      also: ['iam-method-non-sigv4-authorization'],
    },
    {
      name: 'raw token, seed wording',
      entry: entry({
        url: `${HOSTS.rest}/prod/missing`,
        errorType: 'IncompleteSignatureException',
        body: {
          message:
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=allow",
        },
        requestHeaders: { Authorization: 'allow' },
      }),
      also: ['iam-method-non-sigv4-authorization'],
    },
  ],
};

export const iamMethodNonSigV4Authorization: Rule = {
  id: 'iam-method-non-sigv4-authorization',
  match(a) {
    if (!nonSigV4Rejected(a) || isPrivateEndpoint(a)) return undefined;
    const facts: Evidence[] = [...wireEvidence(a), ...authorizationEvidence(a)];
    if (a.history.signedCalls > 0) {
      facts.push(fact('context', 'signed_calls', String(a.history.signedCalls)));
    }
    if (routeWorked(a)) facts.push(fact('context', 'route_worked', a.exchange.method, a.exchange.path));
    const score = routeWorked(a) ? 88 : a.history.signedCalls > 0 ? 85 : 55;
    return { score, evidence: facts };
  },
  examples: [
    {
      name: 'Cognito token sent to an AWS_IAM method that other signed calls use',
      entry: bearerReadAsSigV4(`${HOSTS.rest}/prod/orders`),
      session: [
        entry({ url: `${HOSTS.rest}/prod/orders`, status: 200, body: [], requestHeaders: sigv4Headers() }),
      ],
      also: ['resource-not-found-signed'],
    },
  ],
};

export const vpcePolicyReadsAuthorization: Rule = {
  id: 'vpce-policy-reads-authorization',
  match(a) {
    if (!nonSigV4Rejected(a) || !isPrivateEndpoint(a)) return undefined;
    return {
      score: 85,
      evidence: [
        ...wireEvidence(a),
        ...authorizationEvidence(a),
        fact('host', 'private_api_via', a.endpoint.vpceId ?? '?'),
      ],
    };
  },
  examples: [
    {
      name: 'Bearer token through a VPC endpoint with a custom policy',
      // Through a VPC endpoint the client connects to the endpoint's private address.
      entry: bearerReadAsSigV4(`${HOSTS.privateAlias}/prod/orders`, '10.0.12.34'),
      also: ['resource-not-found-signed'],
    },
  ],
};

export const incompleteSignatureRules = [
  resourceNotFoundSigned,
  iamMethodNonSigV4Authorization,
  vpcePolicyReadsAuthorization,
];
