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

function harOf(entry: object): string {
  return JSON.stringify({ log: { version: '1.2', creator: { name: 't', version: '1' }, entries: [entry] } });
}

async function firstEntry(text: string, options: Parameters<typeof analyzeHar>[1] = {}) {
  for await (const item of analyzeHar({ text }, options)) if (item.type === 'entry') return item;
  throw new Error('no entry');
}

describe('analyzeHar on records with gaps', () => {
  it('explains a record that shows only an AWS message, the status and headers unknown', async () => {
    const item = await firstEntry(
      harOf({
        request: { method: '', url: '', headers: [] },
        response: {
          status: 0,
          headers: [],
          content: { text: '{"message":"The security token included in the request is invalid."}' },
        },
      }),
    );
    expect(item.relevance).toBe('candidate');
    expect(item.exchange.unseen).toMatchObject({ status: true, requestHeaders: true, responseHeaders: true });
    expect(item.diagnosis.causes[0]?.id).toBe('invalid-security-token');
  });

  it("takes a transcript's unseen parts from the caller (a status it assumed stays unknown)", async () => {
    const entry = {
      request: {
        method: 'GET',
        url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/x',
        headers: [{ name: 'User-Agent', value: 'curl/8.5.0' }],
      },
      response: {
        status: 403,
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        content: { text: '{"message":"Unauthorized"}' },
      },
    };
    const item = await firstEntry(harOf(entry), { unseen: [{ status: true }] });
    expect(item.exchange.unseen).toEqual({ status: true });
    expect(item.diagnosis.causes[0]?.id).toBe('authorizer-unauthorized-401');
  });
});

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
      // A request its failed preflight blocked is the one difference: it takes the preflight's causes.
      const analysed = (await reports({ text }))
        .filter((item) => 'index' in item)
        .map((item, index) => (exchanges[index]?.status === 0 ? naive[index] : item));
      expect(analysed).toEqual(naive);
    },
  );

  it('explains a request a failed CORS preflight blocked, as the panel does', async () => {
    const text = readFileSync(new URL('cors-preflight.har', FIXTURES), 'utf8');
    const items = (await reports({ text })).filter((item) => 'index' in item);
    const [preflight, blocked] = items as Array<{
      flagged: boolean;
      causes: Array<{ id: string; evidence: Array<{ detail: string }> }>;
    }>;
    expect(blocked?.flagged).toBe(true);
    expect(blocked?.causes.map((c) => c.id)).toEqual(preflight?.causes.map((c) => c.id));
    expect(blocked?.causes[0]?.evidence[0]?.detail).toMatch(/never sent/);
  });

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
