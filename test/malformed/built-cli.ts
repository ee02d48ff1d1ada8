import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
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
  /** The process's peak resident memory (maxRSS), in KiB; undefined when it died without exiting (an abort). */
  peakRssKiB?: number;
}

/**
 * Runs the CLI through a two-line wrapper that reports `process.resourceUsage().maxRSS` on fd 3 at exit.
 * `node -e` puts its first argument at argv[1], so the CLI path fills the slot its own script name would.
 */
const RSS_PROBE = [
  "import { writeSync } from 'node:fs'; import { pathToFileURL } from 'node:url';",
  "process.on('exit', () => writeSync(3, String(process.resourceUsage().maxRSS)));",
  'await import(pathToFileURL(process.argv[1]).href);',
].join('\n');

/**
 * Runs the built CLI as a separate process (async, so independent cases can run side by side).
 * `stdin`: pieces written to its standard input (so a huge input never has to exist as one file).
 */
export function runCli(cli: BuiltCli, args: string[], stdin?: Iterable<string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', RSS_PROBE, cli.path, ...args], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const rss: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    (child.stdio[3] as Readable).on('data', (chunk: Buffer) => rss.push(chunk));
    child.on('error', reject);
    // The CLI may refuse before reading all of its input: a closed pipe is its answer, not ours to fail on.
    child.stdin.on('error', () => {});
    if (stdin) void Readable.from(stdin).pipe(child.stdin);
    else child.stdin.end();
    child.on('close', (status) => {
      const peak = Number.parseInt(Buffer.concat(rss).toString('utf8'), 10);
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ...(Number.isNaN(peak) ? {} : { peakRssKiB: peak }),
      });
    });
  });
}
