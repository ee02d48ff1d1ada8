import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { repoRoot } from './source-files.ts';

export interface BuiltExtension {
  /** Repo-relative directory holding what `npm run build` would put in dist/. */
  dir: string;
  remove(): Promise<void>;
}

/**
 * Builds the extension from the current sources into a private git-ignored directory: unit tests run before
 * `npm run build` in `npm test`, and a stale or half-written dist/ must not decide what ships.
 */
export async function buildExtension(): Promise<BuiltExtension> {
  await mkdir(join(repoRoot, '.tmp'), { recursive: true });
  const work = await mkdtemp(join(repoRoot, '.tmp', 'hygiene-dist-'));
  await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(work, 'dist'), emptyOutDir: true },
  });
  return {
    dir: join(work, 'dist').slice(repoRoot.length + 1),
    remove: () => rm(work, { recursive: true, force: true }),
  };
}
