import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { FAST_PATH_MAX_BYTES, main } from './main.ts';
import { memoryIo } from './memory-io.ts';

// Each test runs whole files through the pipeline, some in 7-byte chunks: slow machines need the room.
vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith('.har'));
const STREAMED = { reportedSize: FAST_PATH_MAX_BYTES + 1 };

interface JsonReport {
  file: string;
  entries: Array<{ index: number; flagged: boolean; status: number; causes: Array<{ id: string }> }>;
}

async function run(argv: string[], files: Record<string, string>, options = {}) {
  const io = memoryIo(files, options);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), files: io.files };
}

describe('apigw403 analyze', () => {
  it('prints the JSON contract: flagged entries only, best cause first, 0-based indexes', async () => {
    const { code, out, err } = await run(['analyze', 'mixed.har', '--format', 'json'], {
      'mixed.har': fixture('rest-api-mixed.har'),
    });
    expect(code).toBe(0);
    expect(err).toBe('');
    const report = JSON.parse(out) as JsonReport;
    expect(report.file).toBe('mixed.har');
    expect(report.entries.map((e) => e.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.entries.every((e) => e.flagged)).toBe(true);
    expect(report.entries.find((e) => e.index === 3)?.causes[0]?.id).toBe('lambda-authorizer-explicit-deny');
    expect(Object.keys(report.entries[0] ?? {})).toEqual([
      'index',
      'method',
      'url',
      'status',
      'flagged',
      'origin',
      'causes',
    ]);
  });

  it('lists every entry with --all', async () => {
    const { out } = await run(['analyze', 'mixed.har', '--format', 'json', '--all'], {
      'mixed.har': fixture('rest-api-mixed.har'),
    });
    const report = JSON.parse(out) as JsonReport;
    expect(report.entries).toHaveLength(12);
    expect(report.entries[0]).toMatchObject({ index: 0, status: 200, flagged: false, causes: [] });
  });

  it('prints valid JSON for a file with nothing to report', async () => {
    const { out } = await run(['analyze', 'x.har', '--format', 'json'], {
      'x.har': '{"log":{"entries":[]}}',
    });
    expect(JSON.parse(out)).toEqual({ file: 'x.har', entries: [] });
  });

  it.each(fixtureNames)('gives the same output streamed as read whole: %s', async (name) => {
    for (const format of ['json', 'text', 'markdown']) {
      const argv = ['analyze', name, '--format', format, '--all'];
      const whole = await run(argv, { [name]: fixture(name) });
      const streamed = await run(argv, { [name]: fixture(name) }, STREAMED);
      expect(streamed).toEqual(whole);
    }
  });

  it('writes a text block per flagged entry with the top cause title, evidence and commands, plain when piped', async () => {
    const { code, out } = await run(['analyze', 'sigv4.har'], { 'sigv4.har': fixture('sigv4.har') });
    expect(code).toBe(0);
    expect(out).not.toContain('\u001b');
    expect(out).toContain(en.cause_signature_expired_title.message);
    expect(out).toContain('Evidence');
    expect(out).toMatch(/\$ aws /);
    expect(out.match(/^#\d+ /gm)).toHaveLength(10);
    expect(out.trimEnd().split('\n').at(-1)).toBe('11 entries analysed, 10 flagged.');
  });

  it('colours only a terminal', async () => {
    const { out } = await run(
      ['analyze', 'sigv4.har'],
      { 'sigv4.har': fixture('sigv4.har') },
      { stdoutTTY: true },
    );
    expect(out).toContain('\u001b[1m');
  });

  it('speaks Spanish with --lang es', async () => {
    const { out } = await run(['analyze', 'sigv4.har', '--lang', 'es'], {
      'sigv4.har': fixture('sigv4.har'),
    });
    expect(out).toContain('Evidencia');
    expect(out).toContain('entradas analizadas');
  });

  it('never lets captured data drive the terminal', async () => {
    const har = JSON.parse(fixture('rest-api-mixed.har'));
    const entry = har.log.entries[1];
    entry.request.url = `${entry.request.url}?q=\u001b]0;pwned\u0007\u001b[2J`;
    entry.response.content.text = '{"message":"Forbidden\u001b[31m\u202e"}';
    for (const stdoutTTY of [false, true]) {
      for (const format of ['text', 'markdown']) {
        const { out } = await run(
          ['analyze', 'x.har', '--format', format],
          { 'x.har': JSON.stringify(har) },
          { stdoutTTY },
        );
        for (const hostile of ['\u001b]', '\u001b[2J', '\u0007', '\u202e'])
          expect(out).not.toContain(hostile);
        expect(out).not.toContain('\u001b[31mForbidden');
      }
    }
  });

  it('shows progress on an interactive stderr for big files, and clears it', async () => {
    const { out, err } = await run(
      ['analyze', 'm.har', '--format', 'json'],
      { 'm.har': fixture('rest-api-mixed.har') },
      {
        ...STREAMED,
        stderrTTY: true,
      },
    );
    expect(err).toMatch(/Reading m\.har… \d+%/);
    expect(err.endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(out).entries).toHaveLength(11);
  });

  it('lists reading warnings once each on stderr, keeping stdout clean', async () => {
    const har = JSON.parse(fixture('rest-api-mixed.har'));
    for (const e of har.log.entries) delete e.cache;
    const { code, out, err } = await run(['analyze', 'x.har', '--format', 'json'], {
      'x.har': JSON.stringify(har),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).entries).toHaveLength(11);
    expect(err).toBe(
      'warning: missing cache object, which HAR 1.2 requires (12×, first at log.entries[0].cache)\n',
    );
  });
});

describe('apigw403 refuses what it cannot analyse: exit 2, one line naming what and where', () => {
  const mixed = fixture('rest-api-mixed.har');
  it.each([
    ['a missing file', ['analyze', 'nope.har'], {}, 'apigw403: cannot read nope.har: no such file'],
    ['an empty file', ['analyze', 'x.har'], { 'x.har': '' }, 'apigw403: x.har: the file is empty, not a HAR'],
    [
      'text that is not JSON',
      ['analyze', 'x.har'],
      { 'x.har': '<html>' },
      'apigw403: x.har: not valid JSON at $',
    ],
    [
      'JSON that is not a HAR',
      ['analyze', 'x.har'],
      { 'x.har': '{"foo":1}' },
      'apigw403: x.har: not a HAR file: log',
    ],
    [
      'a truncated HAR',
      ['analyze', 'x.har'],
      { 'x.har': mixed.slice(0, mixed.length / 2) },
      'apigw403: x.har: the file ends too early, inside log.entries[',
    ],
    ['a usage mistake', ['analyse', 'x.har'], {}, 'apigw403: unknown command analyse'],
  ])('%s', async (_name, argv, files, start) => {
    for (const options of [{}, STREAMED]) {
      const { code, out, err } = await run(argv, files, options);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.startsWith(start)).toBe(true);
      expect(err.endsWith('\n')).toBe(true);
      expect(err.split('\n')).toHaveLength(2);
    }
  });
});

describe('apigw403 annotate and redact', () => {
  it('annotates flagged entries and the log, redacted by default', async () => {
    const { code, out, files } = await run(['annotate', 'in.har', '-o', 'out.har'], {
      'in.har': fixture('sigv4.har'),
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^Wrote out\.har\.\n11 entries analysed, 10 flagged\.\n\d+ secret values replaced/);
    const written = JSON.parse(files.get('out.har') ?? '');
    expect(written.log._apigw403).toMatchObject({ entries: 11, flagged: 10, redacted: true });
    expect(written.log.entries[0]._apigw403).toBeUndefined();
    expect(written.log.entries[1]._apigw403).toMatchObject({
      index: 1,
      flagged: true,
      causes: [{ id: 'signature-expired' }],
    });
    const signatures = [...fixture('sigv4.har').matchAll(/Signature=([0-9a-f]{16,})/g)].map(
      (m) => m[1] as string,
    );
    expect(signatures.length).toBeGreaterThan(0);
    for (const signature of signatures) expect(files.get('out.har')).not.toContain(signature);
  });

  it('re-analyses an annotated, redacted file to the same causes', async () => {
    for (const name of fixtureNames) {
      const annotated = await run(['annotate', name, '-o', 'out.har'], { [name]: fixture(name) });
      const before = await run(['analyze', name, '--format', 'json', '--all'], { [name]: fixture(name) });
      const after = await run(['analyze', 'out.har', '--format', 'json', '--all'], {
        'out.har': annotated.files.get('out.har') ?? '',
      });
      expect(
        JSON.parse(after.out).entries.map((e: JsonReport['entries'][0]) => e.causes.map((c) => c.id)),
      ).toEqual(
        JSON.parse(before.out).entries.map((e: JsonReport['entries'][0]) => e.causes.map((c) => c.id)),
      );
    }
  });

  it('keeps secrets with --no-redact and says so', async () => {
    const { out, files } = await run(['annotate', 'in.har', '-o', 'out.har', '--no-redact'], {
      'in.har': fixture('sigv4.har'),
    });
    expect(out).toContain('Not redacted (--no-redact)');
    expect(JSON.parse(files.get('out.har') ?? '').log._apigw403.redacted).toBe(false);
    expect(files.get('out.har')).toContain(fixture('sigv4.har').match(/Signature=([0-9a-f]{16,})/)?.[1]);
  });

  it('redact adds no findings and writes the same file streamed or whole', async () => {
    const whole = await run(['redact', 'in.har', '-o', 'out.har'], { 'in.har': fixture('http-api-jwt.har') });
    const streamed = await run(
      ['redact', 'in.har', '-o', 'out.har'],
      { 'in.har': fixture('http-api-jwt.har') },
      STREAMED,
    );
    expect(whole.code).toBe(0);
    expect(streamed.files.get('out.har')).toBe(whole.files.get('out.har'));
    expect(whole.files.get('out.har')).not.toContain('_apigw403');
  });

  it('annotates the same streamed as whole, and re-annotating keeps one summary', async () => {
    const whole = await run(['annotate', 'in.har', '-o', 'out.har'], {
      'in.har': fixture('private-vpce.har'),
    });
    const streamed = await run(
      ['annotate', 'in.har', '-o', 'out.har'],
      { 'in.har': fixture('private-vpce.har') },
      STREAMED,
    );
    expect(streamed.files.get('out.har')).toBe(whole.files.get('out.har'));
    const again = await run(['annotate', 'in.har', '-o', 'out.har'], {
      'in.har': whole.files.get('out.har') ?? '',
    });
    expect(again.files.get('out.har')).toBe(whole.files.get('out.har'));
    expect(whole.files.get('out.har')?.split('\n    "_apigw403": ')).toHaveLength(2);
  });

  it('writes nothing when the input is refused', async () => {
    const { code, files } = await run(['redact', 'in.har', '-o', 'out.har'], { 'in.har': '{"log":{}}' });
    expect(code).toBe(2);
    expect(files.has('out.har')).toBe(false);
  });

  it('reads standard input as `-` and writes the HAR to standard output with `-o -`, the summary to stderr', async () => {
    const { code, out, err } = await run(['redact', '-', '-o', '-'], {}, { stdin: fixture('sigv4.har') });
    expect(code).toBe(0);
    const written = JSON.parse(out);
    expect(written.log.entries).toHaveLength(11);
    expect(out).not.toContain(fixture('sigv4.har').match(/Signature=([0-9a-f]{16,})/)?.[1]);
    expect(err).toMatch(/^\d+ secret values replaced/);
  });
});
