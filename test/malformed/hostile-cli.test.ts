import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo, CliStream } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { nodeIo } from '../../src/cli/node-io.ts';
import { corpusDir } from './generated.ts';

/** What may reach a terminal from captured data: no escapes, no C0/C1 controls, no bidi or zero-width marks. */
const TERMINAL_HAZARD =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

function capture(isTTY: boolean): CliStream & { text: () => string } {
  const written: string[] = [];
  return { isTTY, write: (text) => void written.push(text), text: () => written.join('') };
}

async function run(argv: string[], isTTY: boolean) {
  const stdout = capture(isTTY);
  const stderr = capture(isTTY);
  // FORCE_COLOR off so the only escapes we could see are ones that came from the file.
  const io: CliIo = { ...nodeIo(), stdout, stderr, env: { NO_COLOR: '1' } };
  const status = await main(argv, io);
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const hostile = join(corpusDir, 'hostile-content.har');

describe('hostile captured data never reaches the terminal as control sequences', () => {
  it.each(['text', 'markdown'])(
    'analyze --format %s on a TTY prints the evidence, defused',
    async (format) => {
      const result = await run(['analyze', hostile, '--format', format], true);
      expect(result.status).toBe(0);
      // The diagnosis is still shown, and the hostile text in it is still readable as text.
      expect(result.stdout).toContain('explicit deny');
      expect(result.stdout).toContain('<script>');
      const hazard = TERMINAL_HAZARD.exec(result.stdout);
      expect(hazard, `U+${hazard?.[0].codePointAt(0)?.toString(16)} at ${hazard?.index}`).toBeNull();
    },
  );

  it('the Markdown report (pasted into tickets) keeps captured markup inside code', async () => {
    const result = await run(['analyze', hostile, '--format', 'markdown'], false);
    expect(result.status).toBe(0);
    // What a Markdown renderer would treat as markup: everything outside fenced blocks and code spans.
    const outsideCode = result.stdout
      .replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '')
      .replace(/(`+)[\s\S]*?\1/g, '');
    // Raw HTML would start with an unescaped `<` (the doc link's `<https://…>` autolink is ours).
    expect(outsideCode).not.toMatch(/(?<!\\)<(?!https:\/\/)[A-Za-z!/]/);
    expect(outsideCode).not.toMatch(/\]\(\s*javascript:/i);
    expect(result.stdout).toContain('<script>');
  });

  it('refusal lines quote hostile file names defused', async () => {
    const result = await run(['analyze', join(corpusDir, '\u001b]0;owned\u0007\u202Emissing.har')], true);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(TERMINAL_HAZARD.test(result.stderr.trimEnd())).toBe(false);
  });

  it('JSON output keeps the data exact (escaped by JSON, not altered)', async () => {
    const result = await run(['analyze', hostile, '--format', 'json'], true);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      entries: Array<{ causes: Array<{ evidence: Array<{ detail: string }> }> }>;
    };
    const details = report.entries.flatMap((e) => e.causes.flatMap((c) => c.evidence.map((x) => x.detail)));
    expect(details.some((detail) => detail.includes('\u001b]0;pwned'))).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(/[\u0000-\u001f]/.test(result.stdout.replaceAll('\n', ''))).toBe(false);
  });
});
