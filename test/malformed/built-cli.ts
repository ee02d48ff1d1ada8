import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const builtCli = join(repoRoot, 'dist-cli', 'apigw403.mjs');

/**
 * Builds `dist-cli/` when it is missing (a fresh clone runs unit tests before `npm run build`).
 * Test files run in parallel workers, so a lock directory keeps two of them from building at once.
 */
export function ensureBuiltCli(): string {
  if (existsSync(builtCli)) return builtCli;
  const lock = join(repoRoot, '.tmp', 'cli-build.lock');
  mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch {
    // Another worker is building: its build finishes before the lock goes away.
  }
  if (owner) {
    try {
      if (!existsSync(builtCli)) {
        execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
          cwd: repoRoot,
          stdio: 'pipe',
        });
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  } else {
    while (existsSync(lock)) spawnSync('sleep', ['0.2']);
  }
  if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing after the build`);
  return builtCli;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): CliRun {
  const run = spawnSync(process.execPath, [builtCli, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
