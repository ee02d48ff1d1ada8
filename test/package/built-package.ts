/**
 * The package as `npm pack` would ship it, built from the current sources into a private directory
 * (inside the repo's git-ignored .tmp/, so its files resolve node_modules as an installed package's
 * would): package.json and README.md copied, dist-cli/ and dist-lib/ built the way `npm run build`
 * builds them. Tests never read a stale dist, and never race `npm run build` on it.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface BuiltPackage {
  dir: string;
  remove(): Promise<void>;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export async function buildPackage(): Promise<BuiltPackage> {
  await mkdir(join(repoRoot, '.tmp'), { recursive: true });
  const dir = await mkdtemp(join(repoRoot, '.tmp', 'package-'));
  await copyFile(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  await copyFile(join(repoRoot, 'README.md'), join(dir, 'README.md'));
  for (const [config, outDir] of [
    ['vite.cli.config.ts', 'dist-cli'],
    ['vite.lib.config.ts', 'dist-lib'],
  ] as const) {
    await build({
      root: repoRoot,
      configFile: join(repoRoot, config),
      logLevel: 'silent',
      build: { outDir: join(dir, outDir), emptyOutDir: true },
    });
  }
  const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
  const declarations = await run(
    tsc,
    ['-p', 'tsconfig.lib.json', '--outDir', join(dir, 'dist-lib', 'types')],
    { cwd: repoRoot },
  );
  if (declarations.code !== 0) throw new Error(`tsc -p tsconfig.lib.json failed:\n${declarations.stdout}`);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
