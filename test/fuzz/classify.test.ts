import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
// Internals on purpose: classify() catches everything, so a cause unit that throws would only show as a
// silently unflagged 403. Running the steps it wraps is the only way to see such a crash.
import { CAUSE_MODELS } from '../../src/core/causes/index.ts';
import { exchangeFacts } from '../../src/core/exchange-facts.ts';
import {
  addToContext,
  CAUSE_IDS,
  classify,
  contextFrom,
  createTranslator,
  curlCommand,
  type Diagnosis,
  type Exchange,
  emptyContext,
  exchangeFromHarEntry,
  type HarEntryLike,
  isCandidate,
  type LocaleMessages,
  renderCause,
  toReportEntry,
} from '../../src/core/index.ts';
import { observe } from '../../src/core/model/observe.ts';
import { weighCauses } from '../../src/core/model/posterior.ts';
import { harEntries } from './entry-arbitraries.ts';
import { mutateJson, mutations } from './mutate-json.ts';
import { validEntry } from './valid-har.ts';

const RUNS = { numRuns: 200 };
const ORIGINS = ['api-gateway', 'cloudfront', 'waf', 'alb', 's3', 'proxy', 'unknown'];
const CONFIDENCES = ['high', 'medium', 'low'];

const messages = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
) as LocaleMessages;
const t = createTranslator(messages);

const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  // Header names like `__proto__` must never reach Object.prototype through a lookup table.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
});

function expectWellFormed(diagnosis: Diagnosis, exchange: Exchange): void {
  expect(diagnosis.exchangeId).toBe(exchange.id);
  expect(typeof diagnosis.flagged).toBe('boolean');
  expect(ORIGINS).toContain(diagnosis.origin);
  expect(Array.isArray(diagnosis.causes)).toBe(true);
  if (!diagnosis.flagged) expect(diagnosis.causes).toEqual([]);
  else expect(diagnosis.causes.length).toBeGreaterThan(0);
  const ids = diagnosis.causes.map((cause) => cause.id);
  expect(new Set(ids).size).toBe(ids.length);
  diagnosis.causes.forEach((cause, i) => {
    expect(CAUSE_IDS).toContain(cause.id);
    expect(CONFIDENCES).toContain(cause.confidence);
    expect(Number.isFinite(cause.score)).toBe(true);
    if (i > 0)
      expect(cause.score).toBeLessThanOrEqual(diagnosis.causes[i - 1]?.score ?? Number.POSITIVE_INFINITY);
    expect(cause.evidence.length).toBeGreaterThan(0);
    for (const evidence of cause.evidence) {
      expect(evidence.kind).toMatch(/^[a-z0-9-]+$/);
      expect(typeof evidence.detail).toBe('string');
    }
  });
  for (const value of Object.values(diagnosis.facts)) {
    if (value !== undefined) expect(typeof value).toBe('string');
  }
  // It crosses a message port and lands in annotated HARs: plain JSON data.
  expect(JSON.parse(JSON.stringify(diagnosis))).toEqual(diagnosis);
}

const session = fc.array(harEntries, { maxLength: 3 });

// Generous: 200 runs take seconds alone, but the whole suite shares two cores.
describe('core on arbitrary exchanges', { timeout: 120_000 }, () => {
  it('exchangeFromHarEntry and classify never throw, even on arbitrary JSON', () => {
    const mutatedEntries = mutations.map((applied) => mutateJson(validEntry(), applied));
    fc.assert(
      fc.property(
        fc.oneof(harEntries, fc.jsonValue({ maxDepth: 4 }), mutatedEntries),
        fc.nat(),
        (entry, index) => {
          const exchange = exchangeFromHarEntry(entry as HarEntryLike, { index });
          expectWellFormed(classify(exchange, emptyContext()), exchange);
          expect(typeof exchange.id).toBe('string');
          expect(typeof exchange.url).toBe('string');
          expect(typeof exchange.status).toBe('number');
          expect(Array.isArray(exchange.requestHeaders) && Array.isArray(exchange.responseHeaders)).toBe(
            true,
          );
          for (const h of [...exchange.requestHeaders, ...exchange.responseHeaders]) {
            expect(h.name).toBe(h.name.toLowerCase());
            expect(typeof h.value).toBe('string');
          }
        },
      ),
      RUNS,
    );
  });

  it('classify returns a well-formed diagnosis and does not change its inputs', () => {
    fc.assert(
      fc.property(harEntries, session, (entry, others) => {
        const exchange = exchangeFromHarEntry(entry, { index: 0 });
        const context = contextFrom(others.map((other, i) => exchangeFromHarEntry(other, { index: i + 1 })));
        const exchangeBefore = structuredClone(exchange);
        const contextBefore = structuredClone(context);
        const diagnosis = classify(exchange, context);
        expectWellFormed(diagnosis, exchange);
        expect(exchange).toEqual(exchangeBefore);
        expect(context).toEqual(contextBefore);
      }),
      RUNS,
    );
  });

  it('no cause unit throws (classify would hide it as an unflagged diagnosis)', () => {
    fc.assert(
      fc.property(harEntries, session, (entry, others) => {
        const exchange = exchangeFromHarEntry(entry, { index: 0 });
        const context = contextFrom(others.map((other, i) => exchangeFromHarEntry(other, { index: i + 1 })));
        const analysis = exchangeFacts(exchange, context);
        for (const cause of weighCauses(analysis, observe(analysis), CAUSE_MODELS)) {
          expect(Number.isFinite(cause.posterior)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('classify survives exchanges that break the Exchange type (the worker gets them over a port)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (junk) => {
        const diagnosis = classify(junk as unknown as Exchange, emptyContext());
        expect(typeof diagnosis.flagged).toBe('boolean');
        expect(Array.isArray(diagnosis.causes)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every exchange flagged on status, URL and headers alone passes the cheap pre-filter', () => {
    // The panel fetches a body only for candidates: a miss here is a 403 the panel never shows.
    fc.assert(
      fc.property(harEntries, (entry) => {
        const exchange = exchangeFromHarEntry(entry, { index: 0 });
        const unseenBody: Exchange = { ...exchange, body: { kind: 'absent' } };
        if (!classify(unseenBody, emptyContext()).flagged) return;
        const candidate = isCandidate({
          status: exchange.status,
          url: exchange.url,
          method: exchange.method,
          responseHeaders: entry.response.headers ?? [],
          requestHeaders: entry.request.headers ?? [],
        });
        expect(candidate).toBe(true);
      }),
      RUNS,
    );
  });

  it('renders every cause it finds, reports it, and writes a curl command without the secrets', () => {
    fc.assert(
      fc.property(harEntries, fc.stringMatching(/^[A-Za-z0-9]{24,40}$/), (entry, secret) => {
        const withSecret: HarEntryLike = {
          ...entry,
          request: {
            ...entry.request,
            headers: [
              ...(entry.request.headers ?? []),
              { name: 'X-Api-Key', value: secret },
              { name: 'Cookie', value: `session=${secret}x` },
              { name: 'X-Amz-Security-Token', value: `${secret}y` },
            ],
          },
        };
        const exchange = exchangeFromHarEntry(withSecret, { index: 0 });
        const diagnosis = classify(exchange, emptyContext());
        for (const cause of diagnosis.causes) {
          const rendered = renderCause(cause, diagnosis.facts, t);
          expect(rendered.title).not.toBe('');
          expect(rendered.why).not.toBe('');
          expect(rendered.docUrl).toMatch(/^https:\/\//);
          for (const line of [...rendered.fixSteps, ...rendered.commands, ...rendered.confirm]) {
            expect(typeof line).toBe('string');
          }
          expect(rendered.commands.join('\n')).not.toContain(secret);
        }
        const report = toReportEntry(exchange, diagnosis);
        expect(report.causes.map((c) => c.id)).toEqual(diagnosis.causes.map((c) => c.id));
        expect(curlCommand(exchange)).not.toContain(secret);
        expect(curlCommand(exchange, { revealSecrets: true })).toContain(secret);
      }),
      RUNS,
    );
  });

  it('a diagnosis never quotes a credential the request sent, even where AWS echoes it back', () => {
    // Diagnoses are stored (storage.session), shown, and written into annotated HARs.
    const token = fc.oneof(
      fc
        .stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~+/-]{23,39}={0,2}$/)
        .map((secret) => ({ token: secret, secret })),
      fc
        .stringMatching(/^[A-Za-z0-9_-]{24,43}$/)
        .map((secret) => ({ token: `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.${secret}`, secret })),
    );
    const scheme = fc.constantFrom('Bearer ', 'Token ', '');
    const echo = fc.constantFrom(
      (t: string, header: string) =>
        `'${t}' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.`,
      (_t: string, header: string) =>
        `Authorization header requires 'Credential' parameter. Authorization=${header}`,
    );
    fc.assert(
      fc.property(token, scheme, echo, harEntries, ({ token: sent, secret }, schemeWord, message, other) => {
        const header = `${schemeWord}${sent}`;
        const exchange = exchangeFromHarEntry({
          request: {
            method: 'GET',
            url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/orders',
            headers: [{ name: 'Authorization', value: header }],
          },
          response: {
            status: 403,
            headers: [
              { name: 'x-amzn-errortype', value: 'IncompleteSignatureException' },
              { name: 'x-amzn-requestid', value: '9f0c3a6e-1b2d-4c5e-8f70-112233445566' },
            ],
            content: {
              text: JSON.stringify({ message: message(sent, header) }),
              mimeType: 'application/json',
            },
          },
        });
        const context = contextFrom([exchangeFromHarEntry(other, { index: 1 })]);
        const diagnosis = classify(exchange, context);
        expect(diagnosis.flagged).toBe(true);
        expect(JSON.stringify(diagnosis)).not.toContain(secret);
      }),
      RUNS,
    );
  });

  it('addToContext is pure and its result stays plain JSON', () => {
    fc.assert(
      fc.property(session, harEntries, (others, entry) => {
        const context = contextFrom(others.map((other, i) => exchangeFromHarEntry(other, { index: i })));
        const before = structuredClone(context);
        const next = addToContext(context, exchangeFromHarEntry(entry, { index: 9 }));
        expect(context).toEqual(before);
        expect(JSON.parse(JSON.stringify(next))).toEqual(next);
      }),
      RUNS,
    );
  });
});
