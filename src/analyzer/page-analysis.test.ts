import { describe, expect, it } from 'vitest';
import { SAMPLE_HAR as HAR } from './__fixtures__/har-text.ts';
import { analyzeForPage } from './page-analysis.ts';

/** The same text cut into pieces of `size` UTF-8 bytes, as File.stream() may deliver it. */
function byteChunks(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

describe('analyzeForPage', () => {
  it('classifies candidates, lists other 4xx unflagged, and leaves out successes', async () => {
    const analysis = await analyzeForPage({ text: HAR });
    expect(analysis.entryCount).toBe(4);
    expect(analysis.error).toBeUndefined();
    expect(analysis.entries.map((e) => [e.exchange.id, e.candidate, e.diagnosis.flagged])).toEqual([
      ['har:1', true, true],
      ['har:2', false, false],
    ]);
    expect(analysis.entries[0]?.diagnosis.causes[0]?.id).toMatch(
      /^(resource-not-found-unsigned|missing-authentication-token)$/,
    );
  });

  it('drops the body of listed entries, keeps the body of candidates', async () => {
    const [candidate, listed] = (await analyzeForPage({ text: HAR })).entries;
    expect(candidate?.entry.response.content?.text).toBe('{"message":"Missing Authentication Token"}');
    expect(listed?.entry.response.content?.text).toBeUndefined();
    expect(listed?.exchange.body.kind).toBe('absent');
  });

  it('gives the same result from small byte chunks as from one string', async () => {
    const whole = await analyzeForPage({ text: HAR });
    const streamed = await analyzeForPage({ open: () => byteChunks(HAR, 7) });
    expect(streamed).toEqual(whole);
  });

  it('reports a truncated file and still analyses the entries before the cut', async () => {
    const cut = HAR.indexOf('favicon');
    const analysis = await analyzeForPage({ text: HAR.slice(0, cut) });
    expect(analysis.error?.code).toBe('truncated');
    expect(analysis.entries.map((e) => e.exchange.id)).toEqual(['har:1']);
  });

  it('reports a file that is not JSON', async () => {
    const analysis = await analyzeForPage({ text: '<html>not a har</html>' });
    expect(analysis.error).toBeDefined();
    expect(analysis.entries).toEqual([]);
  });
});
