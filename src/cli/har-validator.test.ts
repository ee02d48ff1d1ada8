import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { analyzeHar } from '../har/index.ts';
import { loadHarValidator } from './har-validator.ts';

// Each test runs whole files through the pipeline, some in 7-byte chunks: slow machines need the room.
vi.setConfig({ testTimeout: 60_000 });

const charles = readFileSync(new URL('../har/__fixtures__/charles.har', import.meta.url), 'utf8');

describe('har-validator, lenient', () => {
  it('loads', () => {
    expect(loadHarValidator()).toBeDefined();
  });

  it('turns schema nits into warnings listed once, after the quirks the reader reports and without repeating them', async () => {
    const validator = loadHarValidator();
    if (!validator) throw new Error('har-validator missing');
    const har = JSON.parse(charles);
    har.log.entries.push(JSON.parse(JSON.stringify(har.log.entries[0])));
    for await (const item of analyzeHar({ text: JSON.stringify(har) }, { validator })) {
      if (item.type !== 'start') continue;
      expect(item.warnings.filter((w) => w.code === 'schema')).toEqual([
        {
          code: 'schema',
          path: 'log.entries[0].response.redirectURL',
          count: 2,
          detail: 'log.entries[*].response.redirectURL: should be string',
        },
      ]);
      expect(item.warnings.map((w) => w.code)).toEqual([
        'date-without-zone',
        'missing-cache',
        'negative-timing',
        'status-as-string',
        'schema',
      ]);
    }
  });
});
