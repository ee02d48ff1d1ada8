import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it.each([
    [['analyze', 'a.har'], { kind: 'analyze', file: 'a.har', format: 'text', all: false, lang: 'en' }],
    [
      ['analyze', 'a.har', '--format', 'json', '--all'],
      { kind: 'analyze', file: 'a.har', format: 'json', all: true, lang: 'en' },
    ],
    [
      ['analyze', '--format=markdown', 'a.har', '--lang', 'es'],
      { kind: 'analyze', file: 'a.har', format: 'markdown', all: false, lang: 'es' },
    ],
    [
      ['annotate', 'in.har', '-o', 'out.har'],
      { kind: 'annotate', input: 'in.har', output: 'out.har', redact: true, lang: 'en' },
    ],
    [
      ['annotate', 'in.har', '--output=out.har', '--no-redact'],
      { kind: 'annotate', input: 'in.har', output: 'out.har', redact: false, lang: 'en' },
    ],
    [
      ['redact', 'in.har', '-o', 'out.har'],
      { kind: 'redact', input: 'in.har', output: 'out.har', lang: 'en' },
    ],
    [
      ['analyze', '--', '-odd-name.har'],
      { kind: 'analyze', file: '-odd-name.har', format: 'text', all: false, lang: 'en' },
    ],
    [['--help'], { kind: 'help', lang: 'en' }],
    [['help', '--lang', 'es'], { kind: 'help', lang: 'es' }],
    [['analyze', 'a.har', '-h'], { kind: 'help', lang: 'en' }],
    [['--version'], { kind: 'version' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'no_command', []],
    [['frobnicate', 'a.har'], 'unknown_command', ['frobnicate']],
    [['analyze'], 'no_file', ['analyze']],
    [['analyze', 'a.har', 'b.har'], 'extra_argument', ['b.har']],
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
