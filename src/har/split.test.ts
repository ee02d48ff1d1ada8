import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relevanceOf } from '../core/index.ts';
import { MAX_NESTING } from './nesting.ts';
import { analyzeHar, mayBecomeCandidate } from './pipeline.ts';
import { readHarText } from './read.ts';
import { entrySpans } from './split.ts';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.har'));

/** Every span's text, and what the generator returned (the skeleton, or undefined). */
function split(text: string): { entries: unknown[]; skeleton: string | undefined } {
  const entries: unknown[] = [];
  const spans = entrySpans(text);
  for (let next = spans.next(); ; next = spans.next()) {
    if (next.done) return { entries, skeleton: next.value };
    entries.push(JSON.parse(text.slice(next.value.start, next.value.end)));
  }
}

const entry = (status: number) =>
  `{"request":{"method":"GET","url":"https://x.test/","headers":[]},"response":{"status":${status},"headers":[]}}`;
const har = (entries: string) => `{"log": {"version": "1.2", "entries": [${entries}], "pages": []}}`;

describe('entrySpans', () => {
  it.each(names)(
    '%s: each span parses to the entry JSON.parse finds, the rest to the log without entries',
    (name) => {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const whole = JSON.parse(text);
      const { entries, skeleton } = split(text);
      expect(entries).toEqual(whole.log.entries);
      expect(JSON.parse(skeleton as string)).toEqual({ ...whole, log: { ...whole.log, entries: [] } });
    },
  );

  it('finds entries holding braces, brackets and escaped quotes inside strings', () => {
    const tricky = `{"request":{"method":"GET","url":"https://x.test/}]\\"{","headers":[]},"response":{"status":403,"headers":[]}}`;
    expect(split(har(`${tricky}, ${entry(200)}`)).entries).toHaveLength(2);
  });

  it.each([
    ['a trailing comma', har(`${entry(200)},`)],
    ['a missing comma', har(`${entry(200)} ${entry(200)}`)],
    ['an entry that is not an object', har('1')],
    ['an unterminated entry', `{"log": {"entries": [${entry(200).slice(0, -1)}`],
    ['an escaped key', `{"\\u006cog": {"entries": [${entry(200)}]}}`],
    ['a second log', `{"log": {"entries": [${entry(200)}]}, "log": {"entries": []}}`],
    ['a second entries', `{"log": {"entries": [${entry(200)}], "entries": []}}`],
    ['no entries', '{"log": {}}'],
    ['a root array', `[${har(entry(200))}]`],
    [
      'an entry nested too deep',
      har(`{"request": ${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}}`),
    ],
  ])('leaves %s to readHarText (undefined)', (_, text) => {
    expect(split(text).skeleton).toBeUndefined();
  });
});

describe('the one-pass read', () => {
  async function items(text: string) {
    const out = [];
    for await (const item of analyzeHar({ text }))
      out.push(item.type === 'entry' ? [item.relevance, item.entry] : item);
    return out;
  }

  it('gives what readHarText gives for shapes it leaves to it (errors with their path, odd but valid files)', async () => {
    const escaped = `{"\\u006cog": {"version": "1.2", "creator": {}, "entries": [${entry(403)}]}}`;
    const plain = `{"log": {"version": "1.2", "creator": {}, "entries": [${entry(403)}]}}`;
    expect(await items(escaped)).toEqual(await items(plain));
    const deep = har(`{"request": ${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}}`);
    const read = readHarText(deep);
    expect(read.ok).toBe(false);
    expect(await items(deep)).toEqual([{ type: 'error', error: !read.ok && read.error }]);
  });

  it('parses an entry it dropped again, repaired as pass one repaired it, when it is read', async () => {
    const quirky = `{"request":{"method":"GET","url":"https://x.test/","headers":[{"name":"n","value":7}]},"response":{"status":"200","headers":[]}}`;
    const [, [, analysed]] = (await items(har(quirky))) as [unknown, [string, unknown]];
    expect(analysed).toMatchObject({
      request: { headers: [{ name: 'n', value: '7' }] },
      response: { status: 200 },
    });
  });

  it('reports progress up to the last entries', async () => {
    const fractions: number[] = [];
    const many = har(Array.from({ length: 1100 }, () => entry(200)).join(','));
    for await (const _ of analyzeHar(
      { text: many },
      { onProgress: (fraction) => fractions.push(fraction) },
    )) {
    }
    expect(fractions.length).toBeGreaterThan(1);
    expect(
      fractions.every((fraction, i) => fraction > 0 && fraction <= 1 && fraction >= (fractions[i - 1] ?? 0)),
    ).toBe(true);
  });
});

describe('mayBecomeCandidate', () => {
  const hosts = ['abc123.execute-api.us-east-1.amazonaws.com', 'api.example.com', 's3.amazonaws.com'];
  const headerSets = [
    [],
    [{ name: 'x-amzn-RequestId', value: 'r' }],
    [{ name: 'x-amzn-waf-action', value: 'challenge' }],
    [
      { name: 'x-amz-cf-id', value: 'c' },
      { name: 'x-cache', value: 'Error from cloudfront' },
    ],
  ];
  it('is true for every status the pre-filter can call a candidate, whatever the session knows', () => {
    const missed: string[] = [];
    for (let status = 0; status < 600; status += 1) {
      if (mayBecomeCandidate(status)) continue;
      for (const host of hosts)
        for (const headers of headerSets) {
          const harEntry = {
            request: { method: 'GET', url: `https://${host}/prod/x`, headers: [] },
            response: { status, headers },
          };
          const relevance = relevanceOf(harEntry, { knownGatewayDomains: hosts, bodyAtHand: true });
          if (relevance === 'candidate' || relevance !== relevanceOf(harEntry, { bodyAtHand: true }))
            missed.push(`${status} ${host}`);
        }
    }
    expect(missed).toEqual([]);
  });
});
