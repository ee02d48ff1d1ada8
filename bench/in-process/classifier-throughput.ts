/**
 * In-process figures over a generated HAR: pre-filter cost per ordinary entry, and classification
 * throughput (with the session context the panel keeps). Built by bench/sections/in-process.mjs
 * with Vite (so it imports the TypeScript sources directly) and run as
 *   node classifier-throughput.mjs FILE.har   → one JSON line on stdout.
 */
import { readFileSync } from 'node:fs';
import {
  addToContext,
  classify,
  contextFrom,
  emptyContext,
  exchangeFromHarEntry,
  isCandidate,
} from '../../src/core/index.ts';

type HarEntry = Parameters<typeof exchangeFromHarEntry>[0] & {
  request: { method: string; url: string; headers: Array<{ name: string; value: string }> };
  response: { status: number; headers: Array<{ name: string; value: string }> };
};

/** Repeats `pass` until it has run for at least `minMs` (and 3 times), so short sets still time reliably. */
function timeRepeated(minMs: number, pass: () => number): { msPerPass: number; sink: number } {
  let passes = 0;
  let sink = 0;
  const started = performance.now();
  let elapsed = 0;
  while (passes < 3 || elapsed < minMs) {
    sink += pass();
    passes += 1;
    elapsed = performance.now() - started;
  }
  return { msPerPass: elapsed / passes, sink };
}

function main(file: string): void {
  const entries = (JSON.parse(readFileSync(file, 'utf8')) as { log: { entries: HarEntry[] } }).log.entries;
  const inputs = entries.map((entry) => ({
    status: entry.response.status,
    url: entry.request.url,
    method: entry.request.method,
    responseHeaders: entry.response.headers,
    requestHeaders: entry.request.headers,
  }));
  const ordinary = inputs.filter((input) => !isCandidate(input));
  const prefilter = timeRepeated(500, () => {
    let candidates = 0;
    for (const input of ordinary) if (isCandidate(input)) candidates += 1;
    return candidates;
  });

  const normalizeStarted = performance.now();
  const exchanges = entries.map((entry, index) => exchangeFromHarEntry(entry, { index }));
  const normalizeMs = performance.now() - normalizeStarted;

  const contextStarted = performance.now();
  const context = contextFrom(exchanges);
  const contextMs = performance.now() - contextStarted;

  const candidates = exchanges.filter((_, index) => isCandidate(inputs[index] as (typeof inputs)[number]));
  const flagged = candidates.filter((exchange) => classify(exchange, context).flagged);
  const classifyFlagged = timeRepeated(1000, () => {
    let causes = 0;
    for (const exchange of flagged) causes += classify(exchange, context).causes.length;
    return causes;
  });

  // What the panel does per finished request: pre-filter on the HAR entry; candidates are normalized
  // with their body and classified, the rest only feed the context (the panel fetches no body for them).
  const liveStarted = performance.now();
  let live = emptyContext();
  let liveFlagged = 0;
  entries.forEach((entry, index) => {
    if (isCandidate(inputs[index] as (typeof inputs)[number])) {
      const exchange = exchangeFromHarEntry(entry, { index });
      live = addToContext(live, exchange);
      if (classify(exchange, live).flagged) liveFlagged += 1;
    } else {
      const withoutBody = { ...entry, response: { ...entry.response, content: undefined } };
      live = addToContext(live, exchangeFromHarEntry(withoutBody, { index }));
    }
  });
  const liveMs = performance.now() - liveStarted;

  process.stdout.write(
    `${JSON.stringify({
      entries: entries.length,
      ordinary: ordinary.length,
      prefilterNsPerEntry: ordinary.length ? (prefilter.msPerPass * 1e6) / ordinary.length : 0,
      candidates: candidates.length,
      flagged: flagged.length,
      flaggedPerSecond: flagged.length ? (flagged.length * 1000) / classifyFlagged.msPerPass : 0,
      normalizeUsPerEntry: (normalizeMs * 1000) / entries.length,
      contextMs,
      liveMs,
      liveFlagged,
      sink: prefilter.sink + classifyFlagged.sink,
    })}\n`,
  );
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node classifier-throughput.mjs FILE.har\n');
  process.exitCode = 2;
} else {
  main(file);
}
