import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, '..');
const SCRIPT = join(repoRoot, 'scripts', 'new-cause.mjs');
const ID = 'stage-throttled';

async function scaffold(root: string, ...args: string[]) {
  return run(process.execPath, [SCRIPT, ...args, '--root', root]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/**
 * `npm run new-cause` on a copy of the checkout (core, locales, tsconfigs; inside the git-ignored .tmp/ so
 * node_modules resolves): the new cause must typecheck, be listed, and render in both languages.
 */
describe('scripts/new-cause.mjs', { timeout: 180_000 }, () => {
  let copy = '';
  let written: string[] = [];
  beforeAll(async () => {
    await mkdir(join(repoRoot, '.tmp'), { recursive: true });
    copy = await mkdtemp(join(repoRoot, '.tmp', 'new-cause-'));
    for (const path of ['src/core', 'public/_locales', 'tsconfig.json', 'tsconfig.pure.json']) {
      await cp(join(repoRoot, path), join(copy, path), { recursive: true });
    }
    const result = await scaffold(copy, ID);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    written = [...result.stdout.matchAll(/^wrote (\S+)$/gm)].map((m) => m[1] ?? '');
  }, 180_000);
  afterAll(() => rm(copy, { recursive: true, force: true }));

  it('writes the unit, its examples, both locales and both lists', () => {
    expect(written.sort()).toEqual(
      [
        `src/core/causes/${ID}.ts`,
        `src/core/causes/${ID}.examples.ts`,
        'src/core/causes/index.ts',
        'src/core/causes/examples.ts',
        'public/_locales/en/messages.json',
        'public/_locales/es/messages.json',
      ].sort(),
    );
  });

  it('leaves a core that typechecks', async () => {
    const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
    const result = await run(tsc, ['-p', join(copy, 'tsconfig.pure.json'), '--noEmit']).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe('');
  });

  it('lists the cause and its examples, and renders it in both languages', async () => {
    const core = await import(join(copy, 'src/core/index.ts'));
    const { CAUSE_EXAMPLES } = await import(join(copy, 'src/core/causes/examples.ts'));
    expect(core.CAUSE_IDS).toContain(ID);
    expect(CAUSE_EXAMPLES[ID].length).toBeGreaterThan(0);
    for (const locale of ['en', 'es']) {
      const messages = JSON.parse(
        await readFile(join(copy, `public/_locales/${locale}/messages.json`), 'utf8'),
      );
      const rendered = core.renderCause(
        { id: ID, confidence: 'low', score: 10, evidence: [] },
        {},
        core.createTranslator(messages),
      );
      expect(rendered.title).toContain(ID);
      expect(rendered.why).not.toBe('');
      expect(rendered.fixSteps.length).toBeGreaterThan(0);
      expect(rendered.confirm.length).toBeGreaterThan(0);
      expect(rendered.distinguish).toBeTruthy();
      expect(rendered.docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('writes no path of this machine', async () => {
    for (const path of written) {
      const text = await readFile(join(copy, path), 'utf8');
      expect(text, path).not.toContain(repoRoot);
      expect(text, path).not.toContain(copy);
    }
  });

  it('refuses a bad or existing id with exit 2 and one line, and writes nothing', async () => {
    for (const args of [['Not_An_Id'], [ID], []]) {
      const before = await readFile(join(copy, 'src/core/causes/index.ts'), 'utf8');
      const result = await scaffold(copy, ...args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(await readFile(join(copy, 'src/core/causes/index.ts'), 'utf8')).toBe(before);
    }
  });
});
