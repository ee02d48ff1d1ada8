import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { classify, contextFrom, exchangeFromHarEntry, toReportEntry } from '../core/index.ts';
import { analyzeHar } from './pipeline.ts';
import { readHarText } from './read.ts';

// Each test runs whole files through the pipeline, some in 7-byte chunks: slow machines need the room.
vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.har'));

async function reports(source: Parameters<typeof analyzeHar>[0]) {
  const items = [];
  for await (const item of analyzeHar(source)) items.push(item.type === 'entry' ? item.report : item);
  return items;
}

describe('analyzeHar', () => {
  it.each(names)(
    '%s: same reports as classifying every full exchange with the whole-session context',
    async (name) => {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const read = readHarText(text);
      if (!read.ok) throw new Error(read.error.code);
      const exchanges = read.har.log.entries.map((entry, index) => exchangeFromHarEntry(entry, { index }));
      const context = contextFrom(exchanges);
      const naive = exchanges.map((exchange) => toReportEntry(exchange, classify(exchange, context)));
      const analysed = (await reports({ text })).filter((item) => 'index' in item);
      expect(analysed).toEqual(naive);
    },
  );

  it.each(names)('%s: streamed in small chunks, the same items as read whole', async (name) => {
    const text = readFileSync(new URL(name, FIXTURES), 'utf8');
    const open = function* () {
      for (let i = 0; i < text.length; i += 100) yield text.slice(i, i + 100);
    };
    expect(await reports({ open })).toEqual(await reports({ text }));
  });

  it('reports a refused file as one error item, and nothing else', async () => {
    expect(await reports({ text: '{"log":{"entries":[{"request":{}}]}}' })).toEqual([
      {
        type: 'error',
        error: { code: 'bad-method', path: 'log.entries[0].request.method', detail: 'undefined' },
      },
    ]);
    expect(await reports({ open: () => ['{"log":{"entries":[{"request":{}}]}}'] })).toEqual([
      {
        type: 'error',
        error: { code: 'bad-method', path: 'log.entries[0].request.method', detail: 'undefined' },
      },
    ]);
  });
});
