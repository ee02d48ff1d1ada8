/**
 * Inputs too big to commit, written under `.tmp/malformed/` at test time from `corpus/clean.har`:
 * the same Chromium-shaped 403 (Missing Authentication Token), blown up in one dimension each.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './built-cli.ts';

export const corpusDir = join(import.meta.dirname, 'corpus');
const generatedDir = join(repoRoot, '.tmp', 'malformed');

type Json = Record<string, unknown>;

function cleanHar(): { log: { entries: Json[] } } {
  return JSON.parse(readFileSync(join(corpusDir, 'clean.har'), 'utf8'));
}

function firstEntry(har: { log: { entries: Json[] } }): { request: Json; response: Json } {
  return har.log.entries[0] as { request: Json; response: Json };
}

const MIB = 1024 * 1024;
const DEEP = 100_000;

/** Name → builder of the file's text. */
export const GENERATED: Record<string, () => string> = {
  '10k-headers.har': () => {
    const har = cleanHar();
    const response = firstEntry(har).response;
    const headers = response.headers as Json[];
    for (let i = 0; i < 10_000; i += 1) headers.push({ name: `x-filler-${i}`, value: `value ${i}` });
    return JSON.stringify(har);
  },
  '50mb-body.har': () => {
    const har = cleanHar();
    const padding = 'A'.repeat(50 * MIB);
    (firstEntry(har).response.content as Json).text =
      `{"message":"Missing Authentication Token","padding":"${padding}"}`;
    return JSON.stringify(har);
  },
  'deep-json-body.har': () => {
    const har = cleanHar();
    (firstEntry(har).response.content as Json).text = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;
    return JSON.stringify(har);
  },
  'deep-custom-field.har': () => {
    const text = JSON.stringify(cleanHar());
    // A `_` field nested far deeper than any HAR: everything that walks the entry must not recurse on it.
    return text.replace('"_resourceType"', `"_deep":${'['.repeat(DEEP)}${']'.repeat(DEEP)},"_resourceType"`);
  },
};

export function generatedPath(name: string): string {
  const builder = GENERATED[name];
  if (!builder) throw new Error(`no generator for ${name}`);
  mkdirSync(generatedDir, { recursive: true });
  const path = join(generatedDir, name);
  writeFileSync(path, builder());
  return path;
}
