/**
 * The built CLI, run as a process the way users run it. It is built here from vite.cli.config.ts
 * into a private directory, so parallel runs and `npm run build` never race on dist-cli/.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { nodeIo } from '../../src/cli/node-io.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures');
const MALFORMED = join(ROOT, 'test/malformed/corpus');
const harValidator = createRequire(import.meta.url)('har-validator') as {
  har(data: unknown): Promise<unknown>;
};

let work: string;
let cli: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], executable = process.execPath, first: string[] = [cli]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      executable,
      [...first, ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'apigw403-cli-'));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.cli.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(work, 'dist-cli'), emptyOutDir: true },
  });
  cli = join(work, 'dist-cli', 'apigw403.mjs');
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the built apigw403', () => {
  it('is an executable with a shebang that prints the package version', async () => {
    const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect(packageJson.bin.apigw403).toBe('dist-cli/apigw403.mjs');
    expect((await readFile(cli, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    const direct = await run(['--version'], cli, []);
    expect(direct).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('needs nothing beside it: locales and version are inside the bundle', async () => {
    const alone = join(work, 'alone');
    await mkdir(alone, { recursive: true });
    await copyFile(cli, join(alone, 'apigw403.mjs'));
    const result = await run(['analyze', join(FIXTURES, 'sigv4.har'), '--lang', 'es'], process.execPath, [
      join(alone, 'apigw403.mjs'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Evidencia');
  });

  it('prints help on stdout and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'apigw403 analyze FILE|DIR|- ... [--format text|json|jsonl|markdown] [--all]',
    );
  });

  it.each(['cors-preflight.har', 'custom-domain.har', 'http-api-jwt.har', 'rest-api-mixed.har', 'sigv4.har'])(
    'analyze %s --format json: one JSON document, exit 0',
    async (name) => {
      const result = await run(['analyze', join(FIXTURES, name), '--format', 'json']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout);
      expect(report.file).toBe(join(FIXTURES, name));
      expect(report.entries.length).toBeGreaterThan(0);
      for (const entry of report.entries) {
        expect(entry.flagged).toBe(true);
        expect(entry.causes.length).toBeGreaterThan(0);
        expect(['high', 'medium', 'low']).toContain(entry.causes[0].confidence);
      }
    },
  );

  it('names the top causes of the SigV4 fixture in order', async () => {
    const report = JSON.parse(
      (await run(['analyze', join(FIXTURES, 'sigv4.har'), '--format', 'json'])).stdout,
    );
    expect(
      report.entries.map((e: { index: number; causes: Array<{ id: string }> }) => [e.index, e.causes[0]?.id]),
    ).toEqual([
      [1, 'signature-expired'],
      [2, 'signature-not-yet-current'],
      [3, 'signature-mismatch'],
      [4, 'credential-scope-invalid'],
      [5, 'invalid-security-token'],
      [6, 'expired-security-token'],
      [7, 'iam-identity-not-allowed'],
      [8, 'iam-explicit-deny'],
      [9, 'iam-method-non-sigv4-authorization'],
      [10, 'missing-authentication-token'],
    ]);
  });

  it.each([
    [
      'a missing file',
      ['analyze', 'does-not-exist.har'],
      /^apigw403: cannot read does-not-exist\.har: no such file\n$/,
    ],
    [
      'a directory with nothing to analyse',
      ['analyze', 'src/platform'],
      /^apigw403: src\/platform: no \.har, \.txt or \.log file in this directory\n$/,
    ],
    ['a non-JSON file', ['analyze', join(MALFORMED, 'not-json.har')], /not-json\.har: not valid JSON at \$/],
    [
      'a JSON file that is not a HAR',
      ['analyze', 'package.json'],
      /^apigw403: package\.json: not a HAR file: log /,
    ],
    [
      'a truncated HAR',
      ['analyze', join(MALFORMED, 'truncated.har')],
      /the file ends too early, inside log\.entries\[0\]/,
    ],
    ['a gzip file', ['analyze', join(MALFORMED, 'gzip-renamed.har')], /gzip-compressed/],
    ['a bad option', ['analyze', 'x.har', '--fromat', 'json'], /^apigw403: unknown option --fromat/],
  ])('exits 2 with one line on stderr for %s', async (_name, args, line) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(line);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('never crashes on the malformed corpus: exit 0 with JSON, or exit 2 with one line', async () => {
    const names = (await readdir(MALFORMED)).filter((name) => name.endsWith('.har'));
    expect(names.length).toBeGreaterThan(20);
    // Four at a time: each is a whole Node process.
    for (let i = 0; i < names.length; i += 4) {
      const batch = names.slice(i, i + 4);
      const results = await Promise.all(
        batch.map((name) => run(['analyze', join(MALFORMED, name), '--format', 'json'])),
      );
      results.forEach((result, j) => {
        const name = batch[j];
        expect({ name, code: result.code === 0 || result.code === 2 }).toEqual({ name, code: true });
        if (result.code === 0) expect(() => JSON.parse(result.stdout)).not.toThrow();
        else expect({ name, lines: result.stderr.trimEnd().split('\n').length }).toEqual({ name, lines: 1 });
      });
    }
  }, 120_000);

  it('annotate writes a HAR that har-validator accepts and that re-analyses to the same causes', async () => {
    for (const name of ['rest-api-mixed.har', 'sigv4.har', 'private-vpce.har']) {
      const out = join(work, `annotated-${name}`);
      const written = await run(['annotate', join(FIXTURES, name), '-o', out]);
      expect(written.code).toBe(0);
      const annotated = JSON.parse(await readFile(out, 'utf8'));
      await expect(harValidator.har(annotated)).resolves.toBeTruthy();
      expect(annotated.log._apigw403.redacted).toBe(true);
      const again = JSON.parse((await run(['analyze', out, '--format', 'json'])).stdout);
      const original = JSON.parse((await run(['analyze', join(FIXTURES, name), '--format', 'json'])).stdout);
      const ids = (report: { entries: Array<{ causes: Array<{ id: string }> }> }) =>
        report.entries.map((entry) => entry.causes.map((cause) => cause.id));
      expect(ids(again)).toEqual(ids(original));
    }
  });

  it('redact leaves none of the fixture secrets in the copy', async () => {
    const input = await readFile(join(FIXTURES, 'sigv4.har'), 'utf8');
    const out = join(work, 'redacted.har');
    expect((await run(['redact', join(FIXTURES, 'sigv4.har'), '-o', out])).code).toBe(0);
    const redacted = await readFile(out, 'utf8');
    const secrets = [
      ...input.matchAll(/Signature=([0-9a-f]{16,})/g),
      ...input.matchAll(/"x-amz-security-token",\s*"value":\s*"([^"]{16,})"/gi),
    ].map((match) => match[1] as string);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(redacted).not.toContain(secret);
  });

  it.each([['jsonl'], ['json'], ['text']])(
    'many files on worker threads: %s output exactly as one thread writes it, in input order',
    async (format) => {
      // HARs, transcripts, a missing file and a broken HAR between good ones, and a directory.
      const args = [
        'analyze',
        join(FIXTURES, 'sigv4.har'),
        join(ROOT, 'src/inputs/__fixtures__/curl-v-waf-forbidden.txt'),
        join(work, 'missing.har'),
        join(MALFORMED, 'truncated.har'),
        join(ROOT, 'src/inputs/__fixtures__'),
        join(FIXTURES, 'rest-api-mixed.har'),
        '--format',
        format,
      ];
      const threaded = await run(args);
      // The same command in this process, without threads: the output the threads must reproduce.
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(args, {
        ...nodeIo(),
        stdout: { write: (text) => out.push(text), isTTY: false },
        stderr: { write: (text) => err.push(text), isTTY: false },
      });
      const stdout = out.join('');
      const stderr = err.join('');
      expect(threaded).toEqual({ code, stdout, stderr });
      expect(code).toBe(2);
      if (format === 'json') expect(() => JSON.parse(stdout)).not.toThrow();
      if (format === 'jsonl') expect(stdout.trimEnd().split('\n').length).toBeGreaterThan(20);
    },
  );

  it('loads the AWS SDK for confirm only: analyze never resolves an @aws-sdk module', async () => {
    // A module resolve hook (node:module register) writes every @aws-sdk specifier the process asks for.
    const seen = join(work, 'aws-sdk-resolved.txt');
    const hooks = join(work, 'hooks.mjs');
    const register = join(work, 'register.mjs');
    await writeFile(
      hooks,
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@aws-sdk/')) appendFileSync(${JSON.stringify(seen)}, specifier + '\\n');
  return next(specifier, context);
}
`,
    );
    await writeFile(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`,
    );
    const loaded = async () => (await readFile(seen, 'utf8').catch(() => '')).split('\n').filter(Boolean);
    const analyzed = await run(['analyze', join(FIXTURES, 'sigv4.har')], process.execPath, [
      '--import',
      register,
      cli,
    ]);
    expect(analyzed.code).toBe(0);
    expect(await loaded()).toEqual([]);
    // confirm imports the SDK (then stops: this process has no AWS credentials to use).
    await run(
      ['confirm', join(FIXTURES, 'sigv4.har'), '--endpoint-url', 'http://127.0.0.1:9'],
      process.execPath,
      ['--import', register, cli],
    );
    expect(await loaded()).toContain('@aws-sdk/client-api-gateway');
  });
});
