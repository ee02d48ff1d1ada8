import { canonicalFacts, malformedFacts, skewFacts } from '../causes/signature-facts.ts';
import { fact } from '../evidence-fact.ts';
import type { Evidence } from '../types.ts';
import { errorTypeIs, gatewayRejected, messageHas, messageStarts, wireEvidence } from './evidence.ts';
import { entry, HOSTS, sigv4Headers } from './example-entry.ts';
import type { Rule } from './rule.ts';

export const signatureExpired: Rule = {
  id: 'signature-expired',
  match(a) {
    if (!gatewayRejected(a) || !messageStarts(a, 'signature expired')) return undefined;
    return { score: 96, evidence: [...wireEvidence(a), ...skewFacts(a)] };
  },
  examples: [
    {
      name: 'client clock seven minutes behind',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'InvalidSignatureException',
        body: {
          message:
            'Signature expired: 20261124T095300Z is now earlier than 20261124T095500Z (20261124T100000Z - 5 min.)',
        },
        requestHeaders: { ...sigv4Headers(), 'X-Amz-Date': '20261124T095300Z' },
      }),
    },
  ],
};

export const signatureNotYetCurrent: Rule = {
  id: 'signature-not-yet-current',
  match(a) {
    if (!gatewayRejected(a) || !messageStarts(a, 'signature not yet current')) return undefined;
    return { score: 96, evidence: [...wireEvidence(a), ...skewFacts(a)] };
  },
  examples: [
    {
      name: 'client clock ten minutes ahead',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'InvalidSignatureException',
        body: {
          Message:
            'Signature not yet current: 20261124T101000Z is still later than 20261124T100500Z (20261124T100000Z + 5 min.)',
        },
        requestHeaders: { ...sigv4Headers(), 'X-Amz-Date': '20261124T101000Z' },
      }),
    },
  ],
};

export const signatureMismatch: Rule = {
  id: 'signature-mismatch',
  match(a) {
    if (!gatewayRejected(a)) return undefined;
    if (messageHas(a, 'the request signature we calculated does not match')) {
      return { score: 95, evidence: [...wireEvidence(a), ...canonicalFacts(a)] };
    }
    const malformed = malformedFacts(a);
    if (malformed.length > 0 && errorTypeIs(a, 'IncompleteSignatureException', 'InvalidSignatureException')) {
      return { score: 88, evidence: [...wireEvidence(a), ...malformed] };
    }
    return undefined;
  },
  examples: [
    {
      name: 'AWS sent its canonical string',
      entry: entry({
        url: `${HOSTS.rest}/prod/items/a%20b?b=2&a=1`,
        errorType: 'InvalidSignatureException',
        body: {
          message:
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'GET\n/prod/items/a%2520b\na=1&b=2\nhost:a1b2c3d4e5.execute-api.us-east-1.amazonaws.com\nx-amz-date:20261124T100000Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261124T100000Z\n20261124/us-east-1/execute-api/aws4_request\n0d9c5e2b8a0f4d6c1b7e3a9f2c8d4e6b0a1c3e5f7a9b2d4c6e8f0a2b4c6d8e0f'\n",
        },
        requestHeaders: { ...sigv4Headers(), Host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com:443' },
      }),
    },
    {
      name: 'access key id with a space',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'IncompleteSignatureException',
        body: {
          message:
            "'AKIAIOSFODNN7EXAMPLE' not a valid key=value pair (missing equal-sign) in Authorization header: 'AWS4-HMAC-SHA256 Credential= AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc'.",
        },
        requestHeaders: {
          Authorization:
            'AWS4-HMAC-SHA256 Credential= AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc',
          'X-Amz-Date': '20261124T100000Z',
        },
      }),
    },
  ],
};

export const credentialScopeInvalid: Rule = {
  id: 'credential-scope-invalid',
  match(a) {
    if (!gatewayRejected(a)) return undefined;
    const scopeFacts: Evidence[] = [];
    if (a.sigv4?.defects.includes('scope-not-execute-api')) {
      scopeFacts.push(fact('sigv4', 'scope_service', a.sigv4.service ?? '?'));
    }
    if (a.sigv4?.defects.includes('scope-region-mismatch')) {
      scopeFacts.push(fact('sigv4', 'scope_region', a.sigv4.region ?? '?', a.endpoint.region ?? '?'));
    }
    if (messageHas(a, 'credential should be scoped'))
      return { score: 96, evidence: [...wireEvidence(a), ...scopeFacts] };
    if (
      scopeFacts.length > 0 &&
      errorTypeIs(a, 'IncompleteSignatureException', 'InvalidSignatureException')
    ) {
      return { score: 80, evidence: [...wireEvidence(a), ...scopeFacts] };
    }
    return undefined;
  },
  examples: [
    {
      name: 'signed for another region',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'InvalidSignatureException',
        body: { message: "Credential should be scoped to a valid region, not 'us-west-2'." },
        requestHeaders: sigv4Headers('us-west-2'),
      }),
    },
    {
      name: 'signed for another service',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'IncompleteSignatureException',
        body: { message: "Credential should be scoped to correct service: 'execute-api'. " },
        requestHeaders: sigv4Headers('us-east-1', 'lambda'),
      }),
    },
  ],
};

export const signatureRules = [
  signatureExpired,
  signatureNotYetCurrent,
  signatureMismatch,
  credentialScopeInvalid,
];
