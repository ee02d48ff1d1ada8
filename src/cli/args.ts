/** Command line → what to do. Knows no I/O; a usage problem comes back as a message key. */

export type OutputFormat = 'text' | 'json' | 'markdown';
export type Language = 'en' | 'es';

export type Command =
  | { kind: 'help'; lang: Language }
  | { kind: 'version' }
  | { kind: 'analyze'; file: string; format: OutputFormat; all: boolean; lang: Language }
  | { kind: 'annotate'; input: string; output: string; redact: boolean; lang: Language }
  | { kind: 'redact'; input: string; output: string; lang: Language };

/** A usage mistake: `cli_usage_<key>` with substitutions. */
export interface UsageError {
  kind: 'usage-error';
  key: string;
  substitutions: string[];
  lang: Language;
}

const FORMATS: readonly string[] = ['text', 'json', 'markdown'];
const LANGUAGES: readonly string[] = ['en', 'es'];
const FLAGS_WITH_VALUE = new Set(['--format', '--lang', '-o', '--output']);
const BARE_FLAGS = new Set(['--all', '--no-redact', '--help', '-h', '--version', '-V']);

interface Scanned {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
  problem?: { key: string; substitutions: string[] };
}

function scan(argv: string[]): Scanned {
  const scanned: Scanned = { positional: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      scanned.positional.push(...argv.slice(i + 1));
      break;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (FLAGS_WITH_VALUE.has(name)) {
      const value = equals < 0 ? argv[++i] : arg.slice(equals + 1);
      if (value === undefined || value === '')
        return { ...scanned, problem: { key: 'missing_value', substitutions: [name] } };
      scanned.values.set(name === '-o' ? '--output' : name, value);
    } else if (BARE_FLAGS.has(arg)) scanned.flags.add(arg);
    else if (arg.startsWith('-') && arg !== '-')
      return { ...scanned, problem: { key: 'unknown_option', substitutions: [arg] } };
    else scanned.positional.push(arg);
  }
  return scanned;
}

export function parseArgs(argv: string[]): Command | UsageError {
  const { positional, values, flags, problem } = scan(argv);
  const langValue = values.get('--lang') ?? 'en';
  const lang: Language = LANGUAGES.includes(langValue) ? (langValue as Language) : 'en';
  const usage = (key: string, ...substitutions: string[]): UsageError => ({
    kind: 'usage-error',
    key,
    substitutions,
    lang,
  });
  if (problem) return usage(problem.key, ...problem.substitutions);
  if (!LANGUAGES.includes(langValue)) return usage('bad_lang', langValue);
  if (flags.has('--help') || flags.has('-h') || positional[0] === 'help') return { kind: 'help', lang };
  if (flags.has('--version') || flags.has('-V')) return { kind: 'version' };

  const [command, ...files] = positional;
  if (command === undefined) return usage('no_command');
  if (command !== 'analyze' && command !== 'annotate' && command !== 'redact')
    return usage('unknown_command', command);
  const [file, ...extra] = files;
  if (file === undefined) return usage('no_file', command);
  if (extra.length > 0) return usage('extra_argument', extra[0] as string);

  if (command === 'analyze') {
    const format = values.get('--format') ?? 'text';
    if (!FORMATS.includes(format)) return usage('bad_format', format);
    if (values.has('--output') || flags.has('--no-redact')) return usage('not_for_analyze');
    return { kind: 'analyze', file, format: format as OutputFormat, all: flags.has('--all'), lang };
  }
  const output = values.get('--output');
  if (output === undefined) return usage('no_output', command);
  if (values.has('--format') || flags.has('--all')) return usage('only_for_analyze', command);
  if (command === 'redact') {
    if (flags.has('--no-redact')) return usage('only_for_annotate', '--no-redact');
    return { kind: 'redact', input: file, output, lang };
  }
  return { kind: 'annotate', input: file, output, redact: !flags.has('--no-redact'), lang };
}
