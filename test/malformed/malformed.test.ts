import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltCli, buildCli, type CliRun, repoRoot, runCli } from './built-cli.ts';
import { CASES, type MalformedCase } from './cases.ts';
import { corpusDir, generatedPath, manyEntries } from './generated.ts';

interface Report {
  entries: Array<{ index: number; flagged: boolean; causes: Array<{ id: string }> }>;
}

let cli: BuiltCli;

/**
 * Every run stays under this peak resident memory, whatever the input: a bound, not a timing (the 160 MB
 * nesting case took 7.6 GB before its text was measured first).
 */
const MAX_RSS_KIB = 1024 * 1024;
const peakRss = new Map<string, CliRun>();
const MEASURED = join(repoRoot, '.tmp', 'malformed', 'peak-rss.md');

const pathOf = (c: MalformedCase): string => (c.generated ? generatedPath(c.file) : join(corpusDir, c.file));

/** The report without the file name, to compare two inputs that should read the same. */
async function analyse(
  path: string,
  measuredAs?: string,
  stdin?: Iterable<string>,
): Promise<{ status: number | null; report?: Report; stderr: string }> {
  const run = await runCli(cli, ['analyze', path, '--format', 'json', '--all'], stdin);
  if (measuredAs) {
    peakRss.set(measuredAs, run);
    expect(run.peakRssKiB, `${measuredAs}: exit ${run.status}, no exit report (aborted?)`).toBeDefined();
    expect(run.peakRssKiB).toBeLessThan(MAX_RSS_KIB);
  }
  return {
    status: run.status,
    stderr: run.stderr,
    ...(run.status === 0 ? { report: JSON.parse(run.stdout) as Report } : {}),
  };
}

const stderrLines = (stderr: string): string[] => stderr.split('\n').filter((line) => line !== '');

// Building the CLI and writing the 50 MB input take seconds, not milliseconds.
describe('malformed HAR corpus through the built CLI', { timeout: 180_000 }, () => {
  let clean: Report;
  beforeAll(async () => {
    cli = await buildCli();
    const reference = await analyse(join(corpusDir, 'clean.har'));
    expect(reference.status).toBe(0);
    clean = reference.report as Report;
  }, 180_000);
  afterAll(async () => {
    // The README's table of peak memory per case comes from this file.
    const rows = [...peakRss].map(
      ([what, run]) => `| ${what} | ${run.status} | ${Math.round((run.peakRssKiB ?? 0) / 1024)} |`,
    );
    mkdirSync(join(repoRoot, '.tmp', 'malformed'), { recursive: true });
    writeFileSync(MEASURED, ['| Input | Exit | Peak RSS (MiB) |', '|---|---|---|', ...rows, ''].join('\n'));
    await cli?.remove();
  });

  const refusedInOneLine = (run: { status: number | null; stderr: string }, mentions: string) => {
    expect(run.status, run.stderr).toBe(2);
    const lines = stderrLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^apigw403: /);
    expect(lines[0]).toContain(mentions);
  };

  // Each case is its own process: running several at once keeps the suite short.
  describe.concurrent.each(CASES)('$file ($what)', (c) => {
    it('is refused with one line naming the place, or analysed', async () => {
      const path = pathOf(c);
      try {
        const run = await analyse(path, `${c.file} (${c.what})`);
        if ('refused' in c.expect) {
          refusedInOneLine(run, c.expect.refused.mentions);
          return;
        }
        const want = c.expect.analysed;
        expect(run.status, run.stderr).toBe(0);
        for (const line of stderrLines(run.stderr)) expect(line).toMatch(/^warning: /);
        if (want.warns) expect(run.stderr).toContain(want.warns);
        const report = run.report as Report;
        expect(report.entries.filter((e) => e.flagged).map((e) => e.index)).toEqual(want.flagged);
        if (want.topCause) {
          for (const entry of report.entries.filter((e) => e.flagged))
            expect(entry.causes[0]?.id).toBe(want.topCause);
        }
        if (want.sameAsClean) expect(report.entries).toEqual(clean.entries);
      } finally {
        if (c.generated) rmSync(path, { force: true });
      }
    });
  });

  it.concurrent.each(['hostile-content.har', 'proto-keys.har'])(
    '%s survives annotate and redact, and the output reads back the same',
    async (file) => {
      const input = join(corpusDir, file);
      const before = (await analyse(input)).report as Report;
      for (const command of ['annotate', 'redact']) {
        const output = join(repoRoot, '.tmp', 'malformed', `${command}-${file}`);
        const run = await runCli(cli, [command, input, '-o', output]);
        expect(run.status, run.stderr).toBe(0);
        const after = await analyse(output);
        expect(after.status).toBe(0);
        expect((after.report as Report).entries.map((e) => [e.index, e.flagged, e.causes[0]?.id])).toEqual(
          before.entries.map((e) => [e.index, e.flagged, e.causes[0]?.id]),
        );
        expect(readFileSync(output, 'utf8')).not.toContain('\u001b');
        rmSync(output, { force: true });
      }
    },
  );

  describe.concurrent('inputs that are not files, or come on standard input', () => {
    const special = join(repoRoot, '.tmp', 'malformed', 'special');
    beforeAll(() => {
      rmSync(special, { recursive: true, force: true });
      mkdirSync(join(special, 'a-directory.har'), { recursive: true });
      if (process.platform === 'win32') return;
      symlinkSync('/dev/zero', join(special, 'zero.har'));
      execFileSync('mkfifo', [join(special, 'fifo.har')]);
    });

    it.runIf(process.platform !== 'win32').each([
      ['zero.har', 'a symlink to /dev/zero (read 20 GB before)', 'not a regular file'],
      ['fifo.har', 'a FIFO without a writer (blocked forever before)', 'not a regular file'],
    ])('%s, %s: refused before a byte is read', async (name, what, mentions) => {
      refusedInOneLine(await analyse(join(special, name), `${name} (${what})`), mentions);
    });

    it('a directory is refused', async () => {
      refusedInOneLine(await analyse(join(special, 'a-directory.har'), 'a directory'), 'directory');
    });

    it('a 620 MB HAR on standard input is streamed (it hit "string too long", exit 1, before)', {
      timeout: 600_000,
    }, async () => {
      const run = await analyse('-', '620 MB HAR on standard input (`-`)', manyEntries(620));
      expect(run.status, run.stderr).toBe(0);
      expect(run.report?.entries).toHaveLength(620);
      expect(
        run.report?.entries.every((entry) => entry.causes[0]?.id === 'resource-not-found-unsigned'),
      ).toBe(true);
    });
  });
});
