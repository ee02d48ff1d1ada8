import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, contextFrom, exchangeFromHarEntry, type HarEntryLike } from './index.ts';

/** Which top cause each entry of the shared HAR fixtures must yield (null: not flagged). The CLI tests rely on these. */
const EXPECTED: Record<string, Array<string | null>> = {
  'rest-api-mixed.har': [
    null,
    'invalid-api-key',
    'resource-not-found-unsigned',
    'lambda-authorizer-explicit-deny',
    'invalid-stage',
    'waf-blocked',
    'iam-anonymous-not-allowed',
    'backend-integration-response',
    'authorizer-unauthorized-401',
    'resource-not-found-signed',
    'lambda-authorizer-implicit-deny',
    'resource-not-found-unsigned',
  ],
  'http-api-jwt.har': [
    null,
    'jwt-invalid-token-401',
    'jwt-insufficient-scope',
    'authorizer-unauthorized-401',
    'iam-identity-not-allowed',
  ],
  'custom-domain.har': [
    null,
    'custom-domain-stage-in-url',
    'custom-domain-no-base-path-mapping',
    'default-endpoint-disabled',
    'mtls-invalid-client-cert',
    'mtls-invalid-client-cert',
    'invalid-api-key',
  ],
  'cors-preflight.har': ['cors-preflight-403', null, 'cors-masked-403', 'cors-masked-403', null],
  'edge-cloudfront.har': [
    null,
    'missing-authentication-token',
    'origin-cloudfront',
    'not-api-gateway',
    'origin-alb',
    'origin-proxy',
    'waf-challenge',
    null,
  ],
  'sigv4.har': [
    null,
    'signature-expired',
    'signature-not-yet-current',
    'signature-mismatch',
    'credential-scope-invalid',
    'invalid-security-token',
    'expired-security-token',
    'iam-identity-not-allowed',
    'iam-explicit-deny',
    'iam-method-non-sigv4-authorization',
    'missing-authentication-token',
  ],
  'private-vpce.har': [
    'private-api-public-dns-missing-host',
    'vpc-endpoint-policy-deny',
    'vpce-policy-reads-authorization',
    'vpce-private-dns-public-api',
  ],
};

function diagnose(file: string) {
  const har = JSON.parse(readFileSync(new URL(`../../test/fixtures/${file}`, import.meta.url), 'utf8'));
  const exchanges = (har.log.entries as HarEntryLike[]).map((entry, index) =>
    exchangeFromHarEntry(entry, { index }),
  );
  const context = contextFrom(exchanges);
  return exchanges.map((exchange) => classify(exchange, context));
}

describe.each(Object.entries(EXPECTED))('test/fixtures/%s', (file, expected) => {
  it('yields the expected top cause for every entry', () => {
    expect(diagnose(file).map((d) => (d.flagged ? (d.causes[0]?.id ?? '') : null))).toEqual(expected);
  });
});

describe('fixture coverage', () => {
  it('gives every flagged entry evidence for its top cause', () => {
    for (const file of Object.keys(EXPECTED)) {
      for (const diagnosis of diagnose(file).filter((d) => d.flagged)) {
        expect(diagnosis.causes[0]?.evidence.length).toBeGreaterThan(0);
      }
    }
  });
});
