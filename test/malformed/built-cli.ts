import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface BuiltCli {
  path: string;
  remove(): Promise<void>;
}

/**
 * Builds the CLI from the current sources with vite.cli.config.ts into a private directory: the test never
 * runs a stale dist-cli/, and never races `npm run build` or another test file on it.
 */
export async function buildCli(): Promise<BuiltCli> {
  // Inside the repo (git-ignored .tmp/) so the bundle resolves har-validator from node_modules as an
  // installed CLI does: schema checks run on every malformed input too.
  await mkdir(join(repoRoot, '.tmp'), { recursive: true });
  const work = await mkdtemp(join(repoRoot, '.tmp', 'malformed-cli-'));
  await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.cli.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(work, 'dist-cli'), emptyOutDir: true },
  });
  return {
    path: join(work, 'dist-cli', 'apigw403.mjs'),
    remove: () => rm(work, { recursive: true, force: true }),
  };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a separate process (async, so independent cases can run side by side). */
export function runCli(cli: BuiltCli, args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli.path, ...args], { cwd: repoRoot });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}
