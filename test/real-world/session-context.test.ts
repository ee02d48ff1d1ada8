/**
 * The session context is learnt from a slim per-exchange summary (`contextFacts`, added in place by
 * `ContextBuilder`) instead of whole exchanges. Proof that nothing changed: over the HAR fixtures,
 * the exporters' samples, a generated bench file (every cause, thousands of entries) and the real-world
 * corpus as one session, the context equals the one the whole exchanges gave, and so does every
 * diagnosis the HAR pipeline makes with it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHar } from '../../bench/generate-har.mjs';
import { apiKey, isExecuteApiKind } from '../../src/core/gateway.ts';
import {
  ContextBuilder,
  classify,
  contextFrom,
  exchangeFromHarEntry,
  gatewayEndpoint,
  headerValue,
  recordGaps,
  type SessionContext,
  whoAnswered,
} from '../../src/core/index.ts';
import { parseSigV4 } from '../../src/core/sigv4.ts';
import type { ApiHistory, Exchange } from '../../src/core/types.ts';
import { analyzeHar, type HarSource } from '../../src/har/index.ts';
import type { HarEntry } from '../../src/har/types.ts';
import { caseExchange, loadCases } from './corpus.ts';

/** How the context was built before the summary: the whole exchange read, every list and `apis` copied per exchange. */
function wholeExchangeContext(exchanges: Exchange[]): SessionContext {
  const withItem = (list: string[], item: string | undefined) =>
    item === undefined || list.includes(item) ? list : [...list, item].slice(-200);
  let context: SessionContext = { apis: {}, gatewayDomains: [] };
  for (const exchange of exchanges) {
    const endpoint = gatewayEndpoint(exchange, context.gatewayDomains);
    if (endpoint.kind === 'aws-service' || exchange.status === 0) continue;
    const key = apiKey(endpoint, exchange.host);
    const before: ApiHistory = context.apis[key] ?? {
      stagesThatWorked: [],
      pathsThatWorked: [],
      signedCalls: 0,
      apiKeySuccesses: 0,
      successes: 0,
      forbiddenFirstSegments: [],
    };
    const waf = headerValue(exchange.responseHeaders, 'x-amzn-waf-action') !== undefined;
    const ok = exchange.status >= 200 && exchange.status < 400 && !exchange.isPreflight && !waf;
    const stage = isExecuteApiKind(endpoint.kind) ? endpoint.stage : undefined;
    const after: ApiHistory = {
      stagesThatWorked: ok ? withItem(before.stagesThatWorked, stage) : before.stagesThatWorked,
      pathsThatWorked: ok
        ? withItem(before.pathsThatWorked, `${exchange.method} ${exchange.path}`)
        : before.pathsThatWorked,
      signedCalls: before.signedCalls + (parseSigV4(exchange) ? 1 : 0),
      apiKeySuccesses:
        before.apiKeySuccesses +
        (ok && headerValue(exchange.requestHeaders, 'x-api-key') !== undefined ? 1 : 0),
      successes: before.successes + (ok ? 1 : 0),
      forbiddenFirstSegments:
        exchange.status === 403
          ? withItem(before.forbiddenFirstSegments, endpoint.firstSegment ?? '')
          : before.forbiddenFirstSegments,
    };
    const gatewayDomain = endpoint.kind === 'custom-domain' && whoAnswered(exchange).layer === 'api-gateway';
    context = {
      apis: { ...context.apis, [key]: after },
      gatewayDomains: gatewayDomain
        ? withItem(context.gatewayDomains, exchange.host)
        : context.gatewayDomains,
    };
  }
  return context;
}

const dir = mkdtempSync(join(tmpdir(), 'apigw403-context-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const harDirs = [
  new URL('../fixtures/', import.meta.url),
  new URL('../../src/har/__fixtures__/', import.meta.url),
];
const fixtureFiles = harDirs.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.har'))
    .map((file) => join(folder.pathname, file)),
);

async function generated(): Promise<string> {
  const file = join(dir, 'generated.har');
  await generateHar({ entries: 2500, targetMb: 3, out: file, seed: 'session-context' });
  return file;
}

/** Every diagnosis the HAR pipeline makes (in memory and streamed), by entry index. */
async function pipelineDiagnoses(source: HarSource) {
  const diagnoses = new Map<number, unknown>();
  for await (const item of analyzeHar(source)) {
    // A blocked request (status 0) takes its preflight's diagnosis: not classify's, and compared there.
    if (item.type === 'entry' && item.relevance === 'candidate' && item.entry.response.status !== 0)
      diagnoses.set(item.index, item.diagnosis);
  }
  return diagnoses;
}

async function checkFile(file: string) {
  const text = readFileSync(file, 'utf8');
  const entries = (JSON.parse(text) as { log: { entries: HarEntry[] } }).log.entries;
  const exchanges = entries.map((entry, index) => exchangeFromHarEntry(entry, { index }));
  const whole = wholeExchangeContext(exchanges);
  expect(contextFrom(exchanges)).toEqual(whole);
  // The pipeline's way: bodies left out, facts added in place.
  const slim = new ContextBuilder();
  entries.forEach((entry, index) => {
    slim.addExchange(exchangeFromHarEntry(entry, { index, content: {} }));
  });
  expect(slim.context()).toEqual(whole);
  const got = await pipelineDiagnoses({ text });
  // The pipeline classifies each entry with what its record does not show (recordGaps) unknown.
  const expected = new Map(
    [...got.keys()].map((index) => {
      const entry = entries[index] as HarEntry;
      return [index, classify(exchangeFromHarEntry(entry, { index, unseen: recordGaps(entry) }), whole)];
    }),
  );
  expect(got).toEqual(expected);
  expect(await pipelineDiagnoses({ open: () => [text] })).toEqual(expected);
  return { entries: entries.length, apis: Object.keys(whole.apis).length, diagnosed: expected.size };
}

describe('session context from the slim summary', () => {
  it.each(fixtureFiles.map((file) => [file.split('/').slice(-2).join('/'), file]))(
    '%s: same context, same diagnoses',
    async (_name, file) => {
      await checkFile(file);
    },
  );

  it('a generated file with every cause: same context, same diagnoses', async () => {
    const figures = await checkFile(await generated());
    // The comparison is worth something only if the file exercises it.
    expect(figures.apis).toBeGreaterThan(5);
    expect(figures.diagnosed).toBeGreaterThan(100);
  });

  it('the real-world corpus as one session: same context, same diagnoses', () => {
    const exchanges = [...loadCases('dev'), ...loadCases('holdout')].map((loaded, index) =>
      caseExchange(loaded.data, index),
    );
    expect(exchanges.length).toBeGreaterThan(100);
    const whole = wholeExchangeContext(exchanges);
    const slim = contextFrom(exchanges);
    expect(slim).toEqual(whole);
    for (const exchange of exchanges) expect(classify(exchange, slim)).toEqual(classify(exchange, whole));
  });
});
