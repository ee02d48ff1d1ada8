import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { type MemoryIoOptions, memoryIo } from './memory-io.ts';

const INPUT_FIXTURES = new URL('../inputs/__fixtures__/', import.meta.url);
const transcript = (name: string) => readFileSync(new URL(name, INPUT_FIXTURES), 'utf8');
const har = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');
const transcripts = readdirSync(INPUT_FIXTURES).filter((name) => name.endsWith('.txt'));

async function run(argv: string[], files: Record<string, string>, options: MemoryIoOptions = {}) {
  const io = memoryIo(files, options);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const jsonLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

describe('apigw403 analyze on transcripts', () => {
  it.each(transcripts)('reads %s end to end (detected format, every entry listed)', async (name) => {
    const { code, out, err } = await run(['analyze', name, '--format', 'jsonl', '--all'], {
      [name]: transcript(name),
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.length).toBeGreaterThan(0);
    for (const [i, line] of lines.entries()) {
      expect(line).toMatchObject({ file: name, index: i });
      expect(line.input).toBe(name.split('-')[0]);
    }
  });

  it('explains the real curl -v 403 and says what it read', async () => {
    const { code, out } = await run(['analyze', 'ticket.txt'], {
      'ticket.txt': transcript('curl-v-waf-forbidden.txt'),
    });
    expect(code).toBe(0);
    expect(out).toContain('Read as: curl -v / --trace-ascii transcript.');
    expect(out).toContain('GET https://bvjsehtazj.execute-api.us-east-2.amazonaws.com/Prod/helloworld');
    expect(out).toMatch(/1 entries analysed, 1 flagged/);
  });

  it('names what a bare body did not show, in the report and in jsonl', async () => {
    const body = transcript('text-missing-token.txt');
    const text = await run(['analyze', 'body.txt', '--all'], { 'body.txt': body });
    expect(text.out).toContain(
      'No response headers: who answered is inferred from the host and the message.',
    );
    const jsonl = await run(['analyze', 'body.txt', '--format', 'jsonl', '--all'], { 'body.txt': body });
    expect(jsonLines(jsonl.out)[0].missing).toEqual(['url', 'request-headers', 'status', 'response-headers']);
  });

  it('claims nothing about what a bare body did not show (no status, no "no Authorization")', async () => {
    const { out } = await run(
      ['analyze', '--body', '{"message":"Missing Authentication Token"}', '--format', 'jsonl'],
      {},
    );
    const [line] = jsonLines(out);
    expect(line.causes[0].id).toBe('resource-not-found-unsigned');
    const evidence = line.causes[0].evidence.map((e: { kind: string }) => e.kind);
    expect(evidence).toContain('body');
    expect(evidence).not.toContain('absence');
    expect(evidence).not.toContain('status');
  });

  it('reads standard input', async () => {
    const { code, out } = await run(
      ['analyze', '-', '--format', 'json'],
      {},
      {
        stdin: transcript('curl-v-private-api-via-nlb.txt'),
      },
    );
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.file).toBe('-');
    expect(report.entries).toHaveLength(1);
    expect(report.entries[0].status).toBe(403);
  });

  it('explains a one-liner (--url --status --body --header)', async () => {
    const { code, out } = await run(
      [
        'analyze',
        '--url',
        'https://jqp5j170i6.execute-api.us-east-1.amazonaws.com/dev/api/',
        '--status',
        '403',
        '--body',
        '{"message":"Missing Authentication Token"}',
        '--header',
        'x-amzn-ErrorType: MissingAuthenticationTokenException',
        '--format',
        'jsonl',
      ],
      {},
    );
    expect(code).toBe(0);
    const [line] = jsonLines(out);
    expect(line.file).toBe('(command line)');
    expect(line.origin).toBe('api-gateway');
    expect(line.causes.map((cause: { id: string }) => cause.id)).toContain('resource-not-found-unsigned');
    expect(line.missing).toEqual(['request-headers']);
  });

  it('refuses an unknown --input with one line naming the accepted formats', async () => {
    const { code, out, err } = await run(['analyze', 'a.txt', '--input', 'pcap'], { 'a.txt': 'x' });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'apigw403: unknown input format pcap: use one of har, curl, http, httpie, postman, awscli, text\n',
    );
  });

  it('--input forces a format and says when nothing is found as it', async () => {
    const { code, err } = await run(['analyze', 'a.txt', '--input', 'curl'], {
      'a.txt': '{"message":"Forbidden"}',
    });
    expect(code).toBe(2);
    expect(err).toContain('a.txt: no exchange found in it as curl');
  });
});

describe('apigw403 analyze on many inputs', () => {
  const files = {
    'captures/b/ticket.txt': transcript('curl-v-waf-forbidden.txt'),
    'captures/a.har': har('sigv4.har'),
    'captures/notes.md': 'not an input',
    'captures/console.log': transcript('awscli-debug-iam-list-groups.txt'),
  };

  it('walks directories for *.har, *.txt, *.log and tags every jsonl line with its file', async () => {
    const { code, out, err } = await run(['analyze', 'captures', '--format', 'jsonl', '--all'], files);
    expect(err).toBe('');
    expect(code).toBe(0);
    const seen = [...new Set(jsonLines(out).map((line) => line.file))];
    expect(seen).toEqual(['captures/a.har', 'captures/b/ticket.txt', 'captures/console.log']);
  });

  it('analyses the rest when one input cannot be read, names it, and exits 2', async () => {
    const { code, out, err } = await run(
      ['analyze', 'captures/a.har', 'missing.har', 'captures/b/ticket.txt', '--format', 'jsonl'],
      files,
    );
    expect(code).toBe(2);
    expect(err).toBe('apigw403: cannot read missing.har: no such file\n');
    expect(new Set(jsonLines(out).map((line) => line.file))).toEqual(
      new Set(['captures/a.har', 'captures/b/ticket.txt']),
    );
  });

  it('prints one JSON document listing each input with the one-file shape', async () => {
    const { code, out } = await run(
      ['analyze', 'captures/a.har', 'captures/b/ticket.txt', '--format', 'json'],
      files,
    );
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual([
      'captures/a.har',
      'captures/b/ticket.txt',
    ]);
    for (const file of report.files) expect(Object.keys(file)).toEqual(['file', 'entries']);
  });

  it('names each file in the text report', async () => {
    const { out } = await run(['analyze', 'captures/a.har', 'captures/b/ticket.txt'], files);
    expect(out).toContain('== captures/a.har ==');
    expect(out).toContain('== captures/b/ticket.txt ==');
  });
});
