import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it.each([
    [
      ['analyze', 'a.har'],
      {
        kind: 'analyze',
        files: ['a.har'],
        format: 'text',
        all: false,
        lang: 'en',
        hints: {},
        validate: false,
      },
    ],
    [
      ['analyze', 'a.har', '--format', 'json', '--all'],
      {
        kind: 'analyze',
        files: ['a.har'],
        format: 'json',
        all: true,
        lang: 'en',
        hints: {},
        validate: false,
      },
    ],
    [
      ['analyze', '--format=markdown', 'a.har', '--lang', 'es'],
      {
        kind: 'analyze',
        files: ['a.har'],
        format: 'markdown',
        all: false,
        lang: 'es',
        hints: {},
        validate: false,
      },
    ],
    [
      ['annotate', 'in.har', '-o', 'out.har'],
      { kind: 'annotate', input: 'in.har', output: 'out.har', redact: true, lang: 'en', validate: false },
    ],
    [
      ['annotate', 'in.har', '--output=out.har', '--no-redact'],
      { kind: 'annotate', input: 'in.har', output: 'out.har', redact: false, lang: 'en', validate: false },
    ],
    [
      ['redact', 'in.har', '-o', 'out.har', '--validate'],
      { kind: 'redact', input: 'in.har', output: 'out.har', lang: 'en', validate: true },
    ],
    [
      ['analyze', '--', '-odd-name.har'],
      {
        kind: 'analyze',
        files: ['-odd-name.har'],
        format: 'text',
        all: false,
        lang: 'en',
        hints: {},
        validate: false,
      },
    ],
    [['--help'], { kind: 'help', lang: 'en' }],
    [['help', '--lang', 'es'], { kind: 'help', lang: 'es' }],
    [['analyze', 'a.har', '-h'], { kind: 'help', lang: 'en' }],
    [['--version'], { kind: 'version' }],
    [
      ['analyze', 'a.har', 'logs', '-', '--format', 'jsonl', '--input', 'curl'],
      {
        kind: 'analyze',
        files: ['a.har', 'logs', '-'],
        format: 'jsonl',
        all: false,
        lang: 'en',
        input: 'curl',
        hints: {},
        validate: false,
      },
    ],
    [
      [
        'analyze',
        '--url',
        'https://a.execute-api.us-east-1.amazonaws.com/p',
        '--status',
        '403',
        '--body',
        '{}',
        '--header',
        'x-amzn-ErrorType: ForbiddenException',
        '--header=via: 1.1 x',
      ],
      {
        kind: 'analyze',
        files: [],
        format: 'text',
        all: false,
        lang: 'en',
        hints: {
          url: 'https://a.execute-api.us-east-1.amazonaws.com/p',
          status: 403,
          headers: [
            { name: 'x-amzn-ErrorType', value: 'ForbiddenException' },
            { name: 'via', value: '1.1 x' },
          ],
        },
        body: '{}',
        validate: false,
      },
    ],
    [
      ['analyze', 'a.har', '--validate'],
      {
        kind: 'analyze',
        files: ['a.har'],
        format: 'text',
        all: false,
        lang: 'en',
        hints: {},
        validate: true,
      },
    ],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'no_command', []],
    [['frobnicate', 'a.har'], 'unknown_command', ['frobnicate']],
    [['analyze'], 'no_file', ['analyze']],
    [['redact', 'a.har', 'b.har', '-o', 'c.har'], 'extra_argument', ['b.har']],
    [
      ['analyze', 'a.txt', '--input', 'pcap'],
      'bad_input',
      ['pcap', 'har, curl, http, httpie, postman, awscli, text'],
    ],
    [['analyze', '--body', '{}', '--status', '4031'], 'bad_status', ['4031']],
    [['analyze', '--body', '{}', '--url', 'example.com/x'], 'bad_url', ['example.com/x']],
    [['analyze', '--body', '{}', '--header', 'no colon'], 'bad_header', ['no colon']],
    [['analyze', 'a.txt', '--body', '{}'], 'body_and_files', ['a.txt']],
    [['redact', 'in.har', '-o', 'out.har', '--input', 'curl'], 'only_for_analyze_option', ['--input']],
    [['analyze', 'a.har', '--format', 'yaml'], 'bad_format', ['yaml']],
    [['analyze', 'a.har', '--format'], 'missing_value', ['--format']],
    [['analyze', 'a.har', '--colour'], 'unknown_option', ['--colour']],
    [['analyze', 'a.har', '-o', 'x.har'], 'not_for_analyze', []],
    [['annotate', 'in.har'], 'no_output', ['annotate']],
    [['redact', 'in.har', '-o', 'out.har', '--all'], 'only_for_analyze', ['redact']],
    [['redact', 'in.har', '-o', 'out.har', '--no-redact'], 'only_for_annotate', ['--no-redact']],
    [['analyze', 'a.har', '--lang', 'fr'], 'bad_lang', ['fr']],
  ])('refuses %j', (argv, key, substitutions) => {
    expect(parseArgs(argv)).toMatchObject({ kind: 'usage-error', key, substitutions });
  });
});
