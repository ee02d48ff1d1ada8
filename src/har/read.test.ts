import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HarReadResult, readHarStream, readHarText } from './read.ts';
import { type HarChunk, MAX_ENTRY_CHARS } from './scanner.ts';
import type { HarEntry } from './types.ts';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

/** The streaming reader's output gathered into the fast reader's shape, to compare the two. */
async function readStreamed(chunks: Iterable<HarChunk>): Promise<HarReadResult> {
  // Fields beside `log` are not HAR: the streaming reader does not keep them.
  const entries: HarEntry[] = [];
  for await (const item of readHarStream(chunks)) {
    if (item.type === 'error') return { ok: false, error: item.error };
    if (item.type === 'entry') {
      expect(item.index).toBe(entries.length);
      entries.push(item.entry);
    } else return { ok: true, har: { log: { ...item.log, entries } }, warnings: item.warnings };
  }
  throw new Error('stream ended without an end or error item');
}

function* split(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

function* splitBytes(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function expectOk(result: HarReadResult) {
  if (!result.ok) throw new Error(`expected a HAR, got ${JSON.stringify(result.error)}`);
  return result;
}

describe('readHarText: real exporters', () => {
  it('reads a Chromium HAR and only notes the 403 without a recorded body', () => {
    const result = expectOk(readHarText(fixture('chromium.har')));
    expect(result.har.log.entries).toHaveLength(4);
    expect(result.warnings).toEqual([
      { code: 'no-content-text', path: 'log.entries[3].response.content.text', count: 1 },
    ]);
  });

  it('reads a Firefox HAR with zone offsets and -1 page timings without complaint beyond the missing body', () => {
    const result = expectOk(readHarText(fixture('firefox.har')));
    expect(result.warnings.map((w) => w.code)).toEqual(['no-content-text']);
  });

  it('reads a Safari (WebKit) HAR without complaint', () => {
    const result = expectOk(readHarText(fixture('safari.har')));
    expect(result.har.log.entries).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });

  it('reads a Fiddler HAR: seven-digit fractions with a zone offset, base64 body', () => {
    const result = expectOk(readHarText(fixture('fiddler.har')));
    expect(result.har.log.entries[0]?.response.content?.encoding).toBe('base64');
    expect(result.warnings).toEqual([]);
  });

  it('repairs Charles-style quirks and lists each once', () => {
    const result = expectOk(readHarText(fixture('charles.har')));
    const entry = result.har.log.entries[0] as HarEntry;
    expect(entry.response.status).toBe(403);
    expect(entry.request.headers.find((h) => h.name === 'Content-Length')?.value).toBe('13');
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['date-without-zone', 'log.entries[0].startedDateTime'],
      ['missing-cache', 'log.entries[0].cache'],
      ['negative-timing', 'log.entries[0].timings.send'],
      ['status-as-string', 'log.entries[0].response.status'],
    ]);
  });

  it('counts a repeated quirk instead of repeating it', () => {
    const har = JSON.parse(fixture('chromium.har'));
    for (const entry of har.log.entries) delete entry.cache;
    const result = expectOk(readHarText(JSON.stringify(har)));
    expect(result.warnings.find((w) => w.code === 'missing-cache')).toEqual({
      code: 'missing-cache',
      path: 'log.entries[0].cache',
      count: 4,
    });
  });

  it('reads a numeric header value as its text', () => {
    const har = JSON.parse(fixture('chromium.har'));
    har.log.entries[0].request.headers.push({ name: 'x-number', value: 42 });
    const result = expectOk(readHarText(JSON.stringify(har)));
    const headers = result.har.log.entries[0]?.request.headers ?? [];
    expect(headers.find((h) => h.name === 'x-number')?.value).toBe('42');
  });

  it('treats a missing response as an unanswered request', () => {
    const har = JSON.parse(fixture('chromium.har'));
    delete har.log.entries[1].response;
    const result = expectOk(readHarText(JSON.stringify(har)));
    expect(result.har.log.entries[1]?.response.status).toBe(0);
    expect(result.warnings.map((w) => w.code)).toContain('no-response');
  });
});

describe('readHarText: refusals name what and where', () => {
  const chromium = fixture('chromium.har');
  // biome-ignore lint/suspicious/noExplicitAny: tests break arbitrary parts of a parsed file
  const withEntry = (index: number, change: (entry: any) => void) => {
    const har = JSON.parse(chromium);
    change(har.log.entries[index]);
    return JSON.stringify(har);
  };
  /** `levels` arrays one inside the other: the outermost sits one level below its owner. */
  const nested = (levels: number) => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);
  const cases: Array<[string, string, { code: string; path: string }]> = [
    ['empty text', '  \n', { code: 'empty', path: '$' }],
    ['not JSON at all', 'hello', { code: 'not-json', path: '$' }],
    ['a JSON array', '[1,2]', { code: 'not-har', path: '$' }],
    ['JSON without log', '{"foo":1}', { code: 'not-har', path: 'log' }],
    ['a log without entries', '{"log":{"version":"1.2"}}', { code: 'missing-entries', path: 'log.entries' }],
    [
      'a cut-off file',
      chromium.slice(0, chromium.indexOf('/prod/admin') + 40),
      { code: 'truncated', path: 'log.entries[2]' },
    ],
    [
      'headers that are not a list',
      withEntry(3, (e) => {
        e.response.headers = 'content-type: json';
      }),
      { code: 'bad-headers', path: 'log.entries[3].response.headers' },
    ],
    [
      'a header without a name',
      withEntry(1, (e) => {
        e.request.headers[2] = { value: 'x' };
      }),
      { code: 'bad-header', path: 'log.entries[1].request.headers[2]' },
    ],
    [
      'a header value that is an object (with a "toString" key String() would call)',
      withEntry(1, (e) => {
        e.request.headers[2] = { name: 'x-hostile', value: { toString: [] } };
      }),
      { code: 'bad-header', path: 'log.entries[1].request.headers[2]' },
    ],
    [
      'no URL',
      withEntry(0, (e) => {
        delete e.request.url;
      }),
      { code: 'bad-url', path: 'log.entries[0].request.url' },
    ],
    [
      'a status that is not a number',
      withEntry(2, (e) => {
        e.response.status = 'nope';
      }),
      { code: 'bad-status', path: 'log.entries[2].response.status' },
    ],
    [
      'an entry that is not an object',
      withEntry(0, () => {}).replace('"entries":[', '"entries":[42,'),
      { code: 'not-an-object', path: 'log.entries[0]' },
    ],
    [
      'broken JSON inside an entry',
      chromium.replace('"High",', '"High",,'),
      { code: 'not-json', path: 'log.entries[0]' },
    ],
    [
      'broken JSON outside the entries',
      chromium.replace('"WebInspector",', '"WebInspector" "x",'),
      { code: 'not-json', path: 'log.creator.name' },
    ],
    ['text after the document', `${chromium}\n{}`, { code: 'not-json', path: '$' }],
    [
      'a custom field nested one level more than allowed',
      withEntry(1, (e) => {
        e.response._trace = nested(1000);
      }),
      { code: 'too-deep', path: 'log.entries[1].response._trace' },
    ],
  ];

  it.each(cases)('%s', async (_name, text, expected) => {
    const fast = readHarText(text);
    expect(fast.ok).toBe(false);
    if (!fast.ok) expect({ code: fast.error.code, path: fast.error.path }).toEqual(expected);
    // The streaming reader refuses the same files for the same reason, wherever the chunks split.
    expect(await readStreamed(split(text, 5))).toEqual(fast);
  });
});

describe('readHarText: nesting limit', () => {
  it('accepts a custom field nested right up to the limit', () => {
    const har = JSON.parse(fixture('chromium.har'));
    har.log.entries[1].response._trace = JSON.parse(`${'['.repeat(999)}${']'.repeat(999)}`);
    expect(readHarText(JSON.stringify(har)).ok).toBe(true);
  });

  // Millions deep, JSON.parse alone took gigabytes and V8 aborted (exit 134): both readers refuse from the text.
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const chromiumText = fixture('chromium.har');
  it.each([
    [
      'in an entry',
      chromiumText.replace('"_initiator"', `"_deep":${deep(2_000_000)},"_initiator"`),
      'log.entries[0]._deep[0]',
    ],
    [
      'outside the entries',
      chromiumText.replace('"version"', `"_deep":${deep(2_000_000)},"version"`),
      'log._deep[0][0][0]',
    ],
    ['as the whole document', deep(2_000_000), '[0][0][0][0][0]'],
  ])('refuses an array two million deep %s, with its path, before parsing it', async (_where, text, path) => {
    const fast = readHarText(text);
    expect(fast).toEqual({ ok: false, error: { code: 'too-deep', path, detail: '1000' } });
    expect(await readStreamed(split(text, 65_536))).toEqual(fast);
  });
});

describe('readHarStream: one entry too large to parse', () => {
  it('is refused with its path once past the limit, before its text is joined', async () => {
    const megabyte = 'a'.repeat(1024 * 1024);
    function* chunks(): Generator<string> {
      yield '{"log":{"version":"1.2","entries":[{"request":{},"_body":"';
      for (let i = 0; i <= MAX_ENTRY_CHARS / megabyte.length; i += 1) yield megabyte;
      yield '"}]}}';
    }
    expect(await readStreamed(chunks())).toEqual({
      ok: false,
      error: { code: 'too-large', path: 'log.entries[0]', detail: '256 MiB' },
    });
  }, 60_000);
});

describe('readHarStream gives the fast path result', () => {
  it.each(['chromium.har', 'firefox.har', 'charles.har', 'safari.har', 'fiddler.har'])(
    '%s in chunks of any size',
    async (name) => {
      const text = fixture(name);
      const fast = readHarText(text);
      for (const size of [1, 3, 64, 1000, text.length]) {
        expect(await readStreamed(split(text, size))).toEqual(fast);
      }
    },
  );

  it('decodes UTF-8 split inside a character', async () => {
    const har = JSON.parse(fixture('chromium.har'));
    har.log.entries[1].response.content.text = '{"message":"Acceso denegado ✓ 🚫 \\"quoted\\" \\\\"}';
    har.log.pages[0].title = 'Página de demostración';
    const text = JSON.stringify(har);
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 5]) {
      expect(await readStreamed(splitBytes(bytes, size))).toEqual(readHarText(text));
    }
  });

  it('agrees with the fast path on arbitrary strings and splits', async () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 30 });
    const entryArb = fc.record({
      startedDateTime: fc.constant('2026-11-25T00:00:00Z'),
      request: fc.record({
        method: fc.constantFrom('GET', 'POST'),
        url: fc.webUrl(),
        headers: fc.array(fc.record({ name: anyText, value: anyText }), { maxLength: 3 }),
      }),
      response: fc.record({
        status: fc.integer({ min: 100, max: 599 }),
        headers: fc.array(fc.record({ name: anyText, value: anyText }), { maxLength: 3 }),
        content: fc.record({ mimeType: anyText, text: anyText }),
      }),
      _extra: fc.jsonValue({ maxDepth: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryArb, { maxLength: 4 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        async (entries, extra, size, pretty) => {
          const text = JSON.stringify(
            { log: { _before: extra, version: '1.2', entries, _after: extra } },
            null,
            pretty ? 2 : 0,
          );
          expect(await readStreamed(split(text, size))).toEqual(readHarText(text));
        },
      ),
      { numRuns: 200 },
    );
    // Generous: the property is about results, and CI machines can be slow.
  }, 120_000);
});
