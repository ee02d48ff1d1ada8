import { fact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Evidence } from '../types.ts';
import {
  gatewayRejected,
  isBareForbidden,
  isCustomizedAccessDenied,
  messageHas,
  wireEvidence,
} from './evidence.ts';
import { entry, HOSTS, sigv4Headers } from './example-entry.ts';
import type { Rule } from './rule.ts';

const INVOKE_DENIAL = /^user: (\S+) is not authorized to perform: execute-api:invoke on resource/;

function denial(a: ExchangeFacts): { principal: string } | undefined {
  if (!gatewayRejected(a)) return undefined;
  const match = INVOKE_DENIAL.exec(a.error.normalized);
  return match ? { principal: match[1] ?? '' } : undefined;
}

function arnEvidence(a: ExchangeFacts): Evidence[] {
  const facts: Evidence[] = [];
  if (a.principal) facts.push(fact('body', 'caller', a.principal));
  if (a.arn) facts.push(fact('body', 'resource', a.arn.arn));
  return facts;
}

function signingEvidence(a: ExchangeFacts): Evidence {
  return a.sigv4
    ? fact('sigv4', 'signed', a.sigv4.source, a.sigv4.accessKeyId ?? '?')
    : fact('absence', 'not_signed');
}

const VPC_ENDPOINT_POLICY = 'vpc endpoint policy';

function customizedEvidence(a: ExchangeFacts): Evidence[] {
  return [...wireEvidence(a), fact('body', 'custom_response'), signingEvidence(a)];
}

const CUSTOM_ACCESS_DENIED = {
  url: `${HOSTS.rest}/prod/orders`,
  errorType: 'AccessDeniedException',
  body: { error: 'ACCESS_DENIED', requestId: '3f1c9a4e-8b2d-4c1e-9f0a-7d6e5c4b3a21' },
};

export const iamExplicitDeny: Rule = {
  id: 'iam-explicit-deny',
  match(a) {
    if (isCustomizedAccessDenied(a)) return { score: 35, evidence: customizedEvidence(a) };
    if (!denial(a) || !messageHas(a, 'with an explicit deny') || messageHas(a, VPC_ENDPOINT_POLICY))
      return undefined;
    const policy = /explicit deny in an? ([\w-]+) policy/.exec(a.error.normalized)?.[1];
    const named = policy ? [fact('body', 'denying_policy', policy)] : [];
    return { score: 95, evidence: [...wireEvidence(a), ...arnEvidence(a), ...named, signingEvidence(a)] };
  },
  examples: [
    {
      name: 'resource policy denies the caller',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'AccessDeniedException',
        body: {
          Message:
            'User: arn:aws:sts::123456789012:assumed-role/app-role/session is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders with an explicit deny in a resource-based policy',
        },
        requestHeaders: sigv4Headers(),
      }),
    },
    {
      name: 'anonymous caller denied by an IP condition',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'AccessDeniedException',
        body: {
          Message:
            'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders with an explicit deny',
        },
      }),
    },
  ],
};

export const iamAnonymousNotAllowed: Rule = {
  id: 'iam-anonymous-not-allowed',
  match(a) {
    if (isCustomizedAccessDenied(a) && !a.sigv4 && !a.authorization) {
      return { score: 50, evidence: customizedEvidence(a) };
    }
    if (
      denial(a)?.principal !== 'anonymous' ||
      messageHas(a, 'explicit deny') ||
      messageHas(a, VPC_ENDPOINT_POLICY)
    ) {
      return undefined;
    }
    return { score: 93, evidence: [...wireEvidence(a), ...arnEvidence(a), signingEvidence(a)] };
  },
  examples: [
    {
      name: 'unsigned call to an AWS_IAM method',
      entry: entry({
        url: `${HOSTS.rest}/prod/private`,
        errorType: 'AccessDeniedException',
        body: {
          Message:
            'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/private',
        },
      }),
    },
    {
      name: 'customized ACCESS_DENIED response, unsigned request',
      entry: entry(CUSTOM_ACCESS_DENIED),
      also: ['iam-explicit-deny', 'lambda-authorizer-explicit-deny'],
    },
    {
      name: 'newer wording: no resource-based policy allows',
      entry: entry({
        url: `${HOSTS.rest}/prod/private`,
        errorType: 'AccessDeniedException',
        body: {
          Message:
            'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/private because no resource-based policy allows the execute-api:Invoke action',
        },
      }),
    },
  ],
};

export const iamIdentityNotAllowed: Rule = {
  id: 'iam-identity-not-allowed',
  match(a) {
    if (isCustomizedAccessDenied(a) && a.sigv4) return { score: 50, evidence: customizedEvidence(a) };
    const found = denial(a);
    if (found) {
      if (
        !found.principal.startsWith('arn:') ||
        messageHas(a, 'explicit deny') ||
        messageHas(a, VPC_ENDPOINT_POLICY)
      ) {
        return undefined;
      }
      return { score: 93, evidence: [...wireEvidence(a), ...arnEvidence(a), signingEvidence(a)] };
    }
    // HTTP APIs answer a signed caller without an Allow with a bare Forbidden.
    if (a.origin.api === 'http' && a.sigv4 && isBareForbidden(a)) {
      return {
        score: 75,
        evidence: [...wireEvidence(a), signingEvidence(a), fact('host', 'http_api')],
      };
    }
    return undefined;
  },
  examples: [
    {
      name: 'signed user without an identity Allow',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'AccessDeniedException',
        body: {
          Message:
            'User: arn:aws:iam::123456789012:user/ci-bot is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders because no identity-based policy allows the execute-api:Invoke action',
        },
        requestHeaders: sigv4Headers(),
      }),
    },
    {
      name: 'customized ACCESS_DENIED response, signed request',
      entry: entry({ ...CUSTOM_ACCESS_DENIED, requestHeaders: sigv4Headers() }),
      also: ['iam-explicit-deny'],
    },
    {
      name: 'HTTP API IAM route, bare Forbidden',
      entry: entry({
        url: `${HOSTS.http}/admin/users`,
        flavor: 'http',
        body: { message: 'Forbidden' },
        requestHeaders: sigv4Headers('eu-west-1'),
      }),
      also: ['waf-blocked', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
    },
  ],
};

export const vpcEndpointPolicyDeny: Rule = {
  id: 'vpc-endpoint-policy-deny',
  match(a) {
    if (!gatewayRejected(a) || !messageHas(a, VPC_ENDPOINT_POLICY)) return undefined;
    const endpoint = a.endpoint.vpceId ? [fact('host', 'vpc_endpoint', a.endpoint.vpceId)] : [];
    return { score: 96, evidence: [...wireEvidence(a), ...arnEvidence(a), ...endpoint] };
  },
  examples: [
    {
      name: 'endpoint policy does not allow this API',
      entry: entry({
        url: `${HOSTS.vpce}/prod/orders`,
        errorType: 'AccessDeniedException',
        body: {
          Message:
            'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders because no VPC endpoint policy allows the execute-api:Invoke action',
        },
        requestHeaders: { Host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com' },
      }),
    },
  ],
};

export const iamRules = [
  iamExplicitDeny,
  iamAnonymousNotAllowed,
  iamIdentityNotAllowed,
  vpcEndpointPolicyDeny,
];
