import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_MARKER } from '../../src/core/causes/example-wire.ts';
import { listFiles, readRepoFile, repoRoot } from './source-files.ts';

/**
 * The cause examples (src/core/causes/<id>.examples.ts) are test and tooling data: the extension (both
 * browsers), the CLI and the library must not carry them. Each bundle is built from the current sources into a
 * private git-ignored directory, as `npm run build` builds it, and searched for the marker every example
 * entry carries (example names are ordinary phrases that comments and strings share).
 */
const BUNDLES = [
  { name: 'extension (Chromium)', config: 'vite.config.ts', mode: 'production', outDir: 'dist' },
  { name: 'extension (Firefox)', config: 'vite.config.ts', mode: 'firefox', outDir: 'dist-firefox' },
  { name: 'CLI', config: 'vite.cli.config.ts', mode: 'production', outDir: 'dist-cli' },
  { name: 'library', config: 'vite.lib.config.ts', mode: 'production', outDir: 'dist-lib' },
] as const;

describe('cause examples are not shipped', { timeout: 300_000 }, () => {
  let work = '';
  beforeAll(async () => {
    await mkdir(join(repoRoot, '.tmp'), { recursive: true });
    work = await mkdtemp(join(repoRoot, '.tmp', 'examples-not-shipped-'));
    for (const bundle of BUNDLES) {
      await build({
        root: repoRoot,
        configFile: join(repoRoot, bundle.config),
        mode: bundle.mode,
        logLevel: 'silent',
        build: { outDir: join(work, bundle.outDir), emptyOutDir: true },
      });
    }
  }, 300_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it.each(BUNDLES.map((bundle) => [bundle.name, bundle.outDir] as const))('%s', (_name, outDir) => {
    const dir = join(work, outDir).slice(repoRoot.length + 1);
    const files = listFiles(dir, (path) => /\.(js|mjs|html)$/.test(path));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((path) => readRepoFile(path).includes(EXAMPLE_MARKER))).toEqual([]);
  });
});
