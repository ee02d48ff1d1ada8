import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entry, har, jwt, REST_HOST } from './__fixtures__/har-builder.ts';
import { analyzeHar } from './pipeline.ts';
import { redactHar } from './redact.ts';
import type { Har, HarEntry } from './types.ts';

/** What a diagnosis says, without evidence wording that may quote a (now redacted) value. */
async function diagnoses(input: Har) {
  const found = [];
  for await (const item of analyzeHar({ text: JSON.stringify(input) })) {
    if (item.type === 'error') throw new Error(JSON.stringify(item.error));
    if (item.type !== 'entry') continue;
    const { flagged, origin, causes } = item.report;
    found.push({
      flagged,
      origin,
      causes: causes.map((c) => ({
        id: c.id,
        confidence: c.confidence,
        evidence: c.evidence.map((e) => e.kind),
      })),
    });
  }
  return found;
}

const fixtureDirs = [
  new URL('../../test/fixtures/', import.meta.url),
  new URL('./__fixtures__/', import.meta.url),
];
const fixtureFiles = fixtureDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.har'))
    .map((name) => new URL(name, dir)),
);

describe('a redacted HAR re-analyses to the same causes', () => {
  it.each(fixtureFiles.map((url) => [url.pathname.split('/').slice(-2).join('/'), url]))(
    '%s',
    async (_name, url) => {
      const original = JSON.parse(readFileSync(url, 'utf8')) as Har;
      const redacted = redactHar(original).har;
      expect(await diagnoses(redacted)).toEqual(await diagnoses(original));
    },
  );

  it('for generated 403s with secrets wherever they travel', async () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{16,32}$/);
    const signed = (sig: string, token: string) =>
      entry({
        requestHeaders: [
          {
            name: 'Authorization',
            value: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=${sig}`,
          },
          { name: 'X-Amz-Date', value: '20261125T001000Z' },
          { name: 'X-Amz-Security-Token', value: token },
        ],
        responseHeaders: [
          { name: 'x-amzn-errortype', value: 'InvalidSignatureException' },
          { name: 'x-amzn-requestid', value: 'r-1' },
        ],
        body: JSON.stringify({
          message: `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'GET\n/prod/pets\n\nhost:${REST_HOST}\nx-amz-date:20261125T001000Z\nx-amz-security-token:${token}\n\nhost;x-amz-date;x-amz-security-token\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261125T001000Z\n20261125/us-east-1/execute-api/aws4_request\n0000'\n`,
        }),
      });
    const bearer = (sig: string) =>
      entry({
        requestHeaders: [
          { name: 'Authorization', value: `Bearer ${jwt({ sub: 'u', exp: 1, token_use: 'id' }, sig)}` },
        ],
        responseHeaders: [
          { name: 'x-amzn-errortype', value: 'IncompleteSignatureException' },
          { name: 'x-amzn-requestid', value: 'r-2' },
        ],
        body: JSON.stringify({
          message: `'${jwt({ sub: 'u', exp: 1, token_use: 'id' }, sig)}' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer ${jwt({ sub: 'u', exp: 1, token_use: 'id' }, sig)}'.`,
        }),
      });
    const keyed = (key: string) =>
      entry({
        requestHeaders: [{ name: 'x-api-key', value: ` ${key}` }],
        responseHeaders: [
          { name: 'x-amzn-errortype', value: 'ForbiddenException' },
          { name: 'x-amzn-requestid', value: 'r-3' },
        ],
        body: '{"message":"Forbidden"}',
      });
    const worked = (key: string) =>
      entry({ status: 200, requestHeaders: [{ name: 'x-api-key', value: key }], body: '[]' });
    const builders: Array<(a: string, b: string) => HarEntry> = [
      (a, b) => signed(a, b),
      (a) => bearer(a),
      (a) => keyed(a),
      (a) => worked(a),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(builders.length - 1), secret, secret), { minLength: 1, maxLength: 5 }),
        async (picks) => {
          const input = har(
            picks.map(([which, a, b]) => (builders[which] as (a: string, b: string) => HarEntry)(a, b)),
          );
          expect(await diagnoses(redactHar(input).har)).toEqual(await diagnoses(input));
        },
      ),
      { numRuns: 60 },
    );
    // Generous: the property is about results, and CI machines can be slow.
  }, 120_000);
});
