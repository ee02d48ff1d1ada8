import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import harValidator from 'har-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_EXAMPLES } from '../../src/core/causes/examples.ts';
import { CAUSE_IDS } from '../../src/core/causes/index.ts';
import { generateHar } from '../generate-har.mjs';

const dir = mkdtempSync(join(tmpdir(), 'apigw403-generator-'));
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const bodyText = (entry) => {
  const { text, encoding } = entry.response.content;
  if (text === undefined) return undefined;
  return encoding === 'base64' ? Buffer.from(text, 'base64').toString('utf8') : text;
};
const header = (entry, name) => entry.response.headers.find((h) => h.name.toLowerCase() === name)?.value;

let file;
let manifest;
let entries;

beforeAll(async () => {
  file = join(dir, 'a.har');
  manifest = await generateHar({ entries: 3000, targetMb: 6, out: file, seed: 'test' });
  entries = JSON.parse(readFileSync(file, 'utf8')).log.entries;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generate-har', () => {
  it('writes exactly the requested number of entries, and the manifest says what went in', () => {
    expect(entries).toHaveLength(3000);
    expect(manifest.entries).toBe(3000);
    const ordinary = Object.values(manifest.ordinary).reduce((a, b) => a + b, 0);
    expect(ordinary + manifest.planted.length + manifest.blockedFollowUps).toBe(3000);
    expect(readFileSync(file).length).toBe(manifest.bytes);
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const again = join(dir, 'b.har');
    const other = join(dir, 'c.har');
    await generateHar({ entries: 3000, targetMb: 6, out: again, seed: 'test' });
    await generateHar({ entries: 3000, targetMb: 6, out: other, seed: 'other' });
    expect(sha256(again)).toBe(sha256(file));
    expect(sha256(other)).not.toBe(sha256(file));
  });

  it('lands near the size target', () => {
    expect(manifest.bytes / 6_000_000).toBeGreaterThan(0.9);
    expect(manifest.bytes / 6_000_000).toBeLessThan(1.1);
  });

  it('produces a HAR that har-validator accepts', async () => {
    // har-validator resolves with the HAR when valid and rejects with the schema errors otherwise.
    await expect(harValidator.har(JSON.parse(readFileSync(file, 'utf8')))).resolves.toHaveProperty(
      'log.version',
      '1.2',
    );
  });

  it('plants about 5% API Gateway 4xx covering every catalogue cause', () => {
    expect(Object.keys(manifest.gateway).sort()).toEqual([...CAUSE_IDS].sort());
    const share = manifest.planted.length / 3000;
    expect(share).toBeGreaterThan(0.035);
    expect(share).toBeLessThan(0.065);
    for (const [index] of manifest.planted) {
      const status = entries[index].response.status;
      expect([202, 401, 403, 405]).toContain(status);
    }
  });

  it('mixes in what real captures hold: preflights, base64 bodies, missing bodies, blocked requests', () => {
    expect(entries.some((e) => e.request.method === 'OPTIONS' && e.response.status === 204)).toBe(true);
    expect(
      entries.some(
        (e) => e.response.content.encoding === 'base64' && e.response.content.mimeType === 'application/json',
      ),
    ).toBe(true);
    expect(
      entries.some(
        (e) => e.response.content.encoding === 'base64' && e.response.content.mimeType.startsWith('image/'),
      ),
    ).toBe(true);
    expect(entries.some((e) => e.response.status === 403 && e.response.content.text === undefined)).toBe(
      true,
    );
    expect(entries.some((e) => e.response.status === 0 && e.response._error === 'net::ERR_FAILED')).toBe(
      true,
    );
    expect(entries.some((e) => e.request.url.includes('appsync-api') && header(e, 'x-amz-apigw-id'))).toBe(
      true,
    );
  });

  it("plants the causes' own wire examples (base64 bodies decoded)", () => {
    const exampleHeader = (example, name) =>
      example.entry.response.headers.find((h) => h.name.toLowerCase() === name)?.value;
    const sameWire = (entry, example) => {
      const body = bodyText(entry);
      return (
        example.entry.request.method === entry.request.method &&
        example.entry.request.url === entry.request.url &&
        example.entry.response.status === entry.response.status &&
        exampleHeader(example, 'x-amzn-errortype') === header(entry, 'x-amzn-errortype') &&
        (body === undefined || body === bodyText(example.entry))
      );
    };
    for (const [index, cause] of manifest.planted) {
      const entry = entries[index];
      expect(
        CAUSE_EXAMPLES[cause].some((example) => sameWire(entry, example)),
        `${cause}: ${entry.request.method} ${entry.request.url}`,
      ).toBe(true);
    }
  });
});
