/** Command line → what to do. Knows no I/O; a usage problem comes back as a message key. */
import { INPUT_FORMATS, type InputFormat, type InputHints, isInputFormat } from '../inputs/index.ts';

export type OutputFormat = 'text' | 'json' | 'markdown' | 'jsonl';
export type Language = 'en' | 'es';

export type Command =
  | { kind: 'help'; lang: Language }
  | { kind: 'version' }
  | {
      kind: 'analyze';
      /** Files and directories; `-` is standard input. Empty when the exchange is on the command line. */
      files: string[];
      format: OutputFormat;
      all: boolean;
      lang: Language;
      /** `--input`: read every input as this format instead of detecting it. */
      input?: InputFormat;
      /** `--url`, `--status`, `--header`: what the user knows besides the text. */
      hints: InputHints;
      /** `--body`: the response body itself, on the command line. */
      body?: string;
      /** `--validate`: schema warnings (har-validator) too; off by default, it costs start-up and a walk of every entry. */
      validate: boolean;
    }
  | {
      kind: 'confirm';
      file: string;
      /** `--entry N`: only this entry (0-based, as analyze lists it). */
      entry?: number;
      format: Exclude<OutputFormat, 'jsonl'>;
      lang: Language;
      profile?: string;
      region?: string;
      /** `--vpc`: the caller's VPC, for its execute-api endpoints' private DNS. */
      vpc?: string;
      /** `--source-ip`: the caller's public address, for resource policy IP conditions. */
      sourceIp?: string;
      /** Hidden `--endpoint-url`: every AWS call to this URL (tests, LocalStack). */
      endpoint?: string;
    }
  | { kind: 'annotate'; input: string; output: string; redact: boolean; lang: Language; validate: boolean }
  | { kind: 'redact'; input: string; output: string; lang: Language; validate: boolean };

/** A usage mistake: `cli_usage_<key>` with substitutions. */
export interface UsageError {
  kind: 'usage-error';
  key: string;
  substitutions: string[];
  lang: Language;
}

const FORMATS: readonly string[] = ['text', 'json', 'markdown', 'jsonl'];
const LANGUAGES: readonly string[] = ['en', 'es'];
const FLAGS_WITH_VALUE = new Set([
  '--format',
  '--lang',
  '-o',
  '--output',
  '--input',
  '--url',
  '--status',
  '--body',
  '--entry',
  '--profile',
  '--region',
  '--vpc',
  '--source-ip',
  '--endpoint-url',
]);
const CONFIRM_ONLY = ['--entry', '--profile', '--region', '--vpc', '--source-ip', '--endpoint-url'];
/** Options that may be given more than once. */
const REPEATED_FLAGS = new Set(['--header']);
const ANALYZE_ONLY = ['--input', '--url', '--status', '--body', '--header'];
const BARE_FLAGS = new Set(['--all', '--validate', '--no-redact', '--help', '-h', '--version', '-V']);

interface Scanned {
  positional: string[];
  values: Map<string, string>;
  repeated: Map<string, string[]>;
  flags: Set<string>;
  problem?: { key: string; substitutions: string[] };
}

function scan(argv: string[]): Scanned {
  const scanned: Scanned = { positional: [], values: new Map(), repeated: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      scanned.positional.push(...argv.slice(i + 1));
      break;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (FLAGS_WITH_VALUE.has(name) || REPEATED_FLAGS.has(name)) {
      const value = equals < 0 ? argv[++i] : arg.slice(equals + 1);
      if (value === undefined || value === '')
        return { ...scanned, problem: { key: 'missing_value', substitutions: [name] } };
      if (REPEATED_FLAGS.has(name))
        scanned.repeated.set(name, [...(scanned.repeated.get(name) ?? []), value]);
      else scanned.values.set(name === '-o' ? '--output' : name, value);
    } else if (BARE_FLAGS.has(arg)) scanned.flags.add(arg);
    else if (arg.startsWith('-') && arg !== '-')
      return { ...scanned, problem: { key: 'unknown_option', substitutions: [arg] } };
    else scanned.positional.push(arg);
  }
  return scanned;
}

type Usage = (key: string, ...substitutions: string[]) => UsageError;

/** `--url`, `--status`, `--header` as hints; a malformed one is a usage error. */
function hintsFrom(values: Map<string, string>, headers: string[], usage: Usage): InputHints | UsageError {
  const hints: InputHints = {};
  const url = values.get('--url');
  if (url !== undefined) {
    if (!/^https?:\/\/[^/\s]+/i.test(url)) return usage('bad_url', url);
    hints.url = url;
  }
  const status = values.get('--status');
  if (status !== undefined) {
    if (!/^[1-5]\d\d$/.test(status)) return usage('bad_status', status);
    hints.status = Number(status);
  }
  if (headers.length > 0) {
    hints.headers = [];
    for (const header of headers) {
      const colon = header.indexOf(':');
      if (colon <= 0) return usage('bad_header', header);
      hints.headers.push({ name: header.slice(0, colon).trim(), value: header.slice(colon + 1).trim() });
    }
  }
  return hints;
}

function parseAnalyze(
  files: string[],
  values: Map<string, string>,
  headers: string[],
  flags: Set<string>,
  lang: Language,
  usage: Usage,
): Command | UsageError {
  const format = values.get('--format') ?? 'text';
  if (!FORMATS.includes(format)) return usage('bad_format', format);
  if (values.has('--output') || flags.has('--no-redact')) return usage('not_for_analyze');
  const input = values.get('--input');
  if (input !== undefined && !isInputFormat(input))
    return usage('bad_input', input, INPUT_FORMATS.join(', '));
  const body = values.get('--body');
  if (body !== undefined && files.length > 0) return usage('body_and_files', files[0] as string);
  if (body === undefined && files.length === 0) return usage('no_file', 'analyze');
  const hints = hintsFrom(values, headers, usage);
  if ('kind' in hints) return hints;
  return {
    kind: 'analyze',
    files,
    format: format as OutputFormat,
    all: flags.has('--all'),
    lang,
    ...(input === undefined ? {} : { input: input as InputFormat }),
    hints,
    ...(body === undefined ? {} : { body }),
    validate: flags.has('--validate'),
  };
}

function parseConfirm(
  files: string[],
  values: Map<string, string>,
  repeated: Map<string, string[]>,
  flags: Set<string>,
  lang: Language,
  usage: Usage,
): Command | UsageError {
  const [file, ...extra] = files;
  if (file === undefined) return usage('no_file', 'confirm');
  if (extra.length > 0) return usage('extra_argument', extra[0] as string);
  const notHere = [...ANALYZE_ONLY, '--output'].find((option) => values.has(option) || repeated.has(option));
  if (notHere || flags.has('--all') || flags.has('--no-redact'))
    return usage('not_for_confirm', notHere ?? (flags.has('--all') ? '--all' : '--no-redact'));
  const format = values.get('--format') ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) return usage('bad_confirm_format', format);
  const entry = values.get('--entry');
  if (entry !== undefined && !/^\d{1,9}$/.test(entry)) return usage('bad_entry', entry);
  const region = values.get('--region');
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) return usage('bad_region', region);
  const vpc = values.get('--vpc');
  if (vpc !== undefined && !/^vpc-[0-9a-f]{8,17}$/.test(vpc)) return usage('bad_vpc', vpc);
  const sourceIp = values.get('--source-ip');
  if (sourceIp !== undefined && !/^\d{1,3}(\.\d{1,3}){3}$/.test(sourceIp))
    return usage('bad_source_ip', sourceIp);
  const endpoint = values.get('--endpoint-url');
  if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/i.test(endpoint)) return usage('bad_url', endpoint);
  const profile = values.get('--profile');
  return {
    kind: 'confirm',
    file,
    format: format as 'text' | 'json' | 'markdown',
    lang,
    ...(entry === undefined ? {} : { entry: Number(entry) }),
    ...(profile === undefined ? {} : { profile }),
    ...(region === undefined ? {} : { region }),
    ...(vpc === undefined ? {} : { vpc }),
    ...(sourceIp === undefined ? {} : { sourceIp }),
    ...(endpoint === undefined ? {} : { endpoint }),
  };
}

export function parseArgs(argv: string[]): Command | UsageError {
  const { positional, values, repeated, flags, problem } = scan(argv);
  const langValue = values.get('--lang') ?? 'en';
  const lang: Language = LANGUAGES.includes(langValue) ? (langValue as Language) : 'en';
  const usage: Usage = (key, ...substitutions) => ({
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
  if (command !== 'analyze' && command !== 'annotate' && command !== 'redact' && command !== 'confirm')
    return usage('unknown_command', command);
  if (command === 'confirm') return parseConfirm(files, values, repeated, flags, lang, usage);
  const confirmOnly = CONFIRM_ONLY.find((option) => values.has(option));
  if (confirmOnly) return usage('only_for_confirm', confirmOnly);
  if (command === 'analyze')
    return parseAnalyze(files, values, repeated.get('--header') ?? [], flags, lang, usage);
  const [file, ...extra] = files;
  if (file === undefined) return usage('no_file', command);
  if (extra.length > 0) return usage('extra_argument', extra[0] as string);
  const analyzeOnly = ANALYZE_ONLY.find((option) => values.has(option) || repeated.has(option));
  if (analyzeOnly) return usage('only_for_analyze_option', analyzeOnly);
  const output = values.get('--output');
  if (output === undefined) return usage('no_output', command);
  if (values.has('--format') || flags.has('--all')) return usage('only_for_analyze', command);
  if (command === 'redact') {
    if (flags.has('--no-redact')) return usage('only_for_annotate', '--no-redact');
    return { kind: 'redact', input: file, output, lang, validate: flags.has('--validate') };
  }
  return {
    kind: 'annotate',
    input: file,
    output,
    redact: !flags.has('--no-redact'),
    lang,
    validate: flags.has('--validate'),
  };
}
