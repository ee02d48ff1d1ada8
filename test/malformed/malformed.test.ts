import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltCli, buildCli, repoRoot, runCli } from './built-cli.ts';
import { CASES, type MalformedCase } from './cases.ts';
import { corpusDir, generatedPath } from './generated.ts';

interface Report {
  entries: Array<{ index: number; flagged: boolean; causes: Array<{ id: string }> }>;
}

let cli: BuiltCli;

const pathOf = (c: MalformedCase): string => (c.generated ? generatedPath(c.file) : join(corpusDir, c.file));

/** The report without the file name, to compare two inputs that should read the same. */
async function analyse(path: string): Promise<{ status: number | null; report?: Report; stderr: string }> {
  const run = await runCli(cli, ['analyze', path, '--format', 'json', '--all']);
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
  afterAll(() => cli?.remove());

  // Each case is its own process: running several at once keeps the suite short.
  describe.concurrent.each(CASES)('$file ($what)', (c) => {
    it('is refused with one line naming the place, or analysed', async () => {
      const path = pathOf(c);
      try {
        const run = await analyse(path);
        if ('refused' in c.expect) {
          expect(run.status, run.stderr).toBe(2);
          const lines = stderrLines(run.stderr);
          expect(lines).toHaveLength(1);
          expect(lines[0]).toMatch(/^apigw403: /);
          expect(lines[0]).toContain(c.expect.refused.mentions);
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
});
