/**
 * Inputs too big to commit, written under `.tmp/malformed/` at test time from `corpus/clean.har`:
 * the same Chromium-shaped 403 (Missing Authentication Token), blown up in one dimension each.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
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

/** `levels` nested empty arrays, in pieces of at most a MiB (the whole never exists as one string). */
export function* deepArray(levels: number): Generator<string> {
  for (const bracket of ['[', ']']) {
    for (let left = levels; left > 0; left -= MIB) yield bracket.repeat(Math.min(MIB, left));
  }
}

/** clean.har with a `_deep` field of `levels` nested arrays in its entry, as pieces. */
export function* deepEntry(levels: number): Generator<string> {
  const [head, tail] = JSON.stringify(cleanHar()).split('"_resourceType"');
  yield `${head}"_deep":`;
  yield* deepArray(levels);
  yield `,"_resourceType"${tail}`;
}

/** clean.har repeated: `count` entries with a 1 MiB body each (a big file that is cheap to analyse). */
export function* manyEntries(count: number): Generator<string> {
  const har = cleanHar();
  const entry = firstEntry(har);
  (entry.response.content as Json).text = JSON.stringify({
    message: 'Missing Authentication Token',
    padding: 'A'.repeat(MIB),
  });
  const text = JSON.stringify(entry);
  har.log.entries = [];
  const [head, tail] = JSON.stringify(har).split('"entries":[]');
  yield `${head}"entries":[`;
  for (let i = 0; i < count; i += 1) yield i === 0 ? text : `,${text}`;
  yield `]${tail}`;
}

/** Name → builder of the file's text (one string, or pieces for files too big to hold as one). */
export const GENERATED: Record<string, () => string | Iterable<string>> = {
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
  // Before the text was measured first, JSON.parse built all 80 million arrays: 7.6 GB, then V8 aborted.
  'deep-entry-160mb.har': () => deepEntry(80 * MIB),
  // Above the 200 MiB fast-path limit: the streaming reader, which parsed the entry before checking it.
  'deep-entry-260mb.har': () => deepEntry(130 * MIB),
  'deep-log-field.har': () => {
    const [head, tail] = JSON.stringify(cleanHar()).split('"version"');
    return [`${head}"_deep":`, ...deepArray(2_000_000), `,"version"${tail}`];
  },
};

export function generatedPath(name: string): string {
  const builder = GENERATED[name];
  if (!builder) throw new Error(`no generator for ${name}`);
  mkdirSync(generatedDir, { recursive: true });
  const path = join(generatedDir, name);
  const built = builder();
  const file = openSync(path, 'w');
  try {
    for (const piece of typeof built === 'string' ? [built] : built) writeSync(file, piece);
  } finally {
    closeSync(file);
  }
  return path;
}
