/**
 * `apigw403`: analyse, annotate or redact a HAR file. `main(argv, io)` returns the exit code and
 * touches nothing but `io`, so tests run it in-process; `bin.ts` wires it to Node.
 * Exit codes: 0 done (whatever was found), 2 bad usage or input that cannot be analysed (one line on
 * stderr saying what and where), 1 a bug of ours.
 */
import type { Translate } from '../core/index.ts';
import {
  type AnalyzeOptions,
  analyzeHar,
  exportHar,
  type HarError,
  type HarSource,
  type HarWarning,
  type RedactionSummary,
} from '../har/index.ts';
import { type Command, parseArgs } from './args.ts';
import {
  type CliIo,
  type FileProblem,
  FileProblemError,
  type InputFile,
  type OutputFile,
  STANDARD_STREAM,
} from './io.ts';
import { translatorFor } from './locales.ts';
import { Progress } from './progress.ts';
import { reportWriter } from './report-writer.ts';
import { oneLine } from './sanitize.ts';
import { styleFor } from './style.ts';
import { VERSION } from './version.ts';

/**
 * Up to this size a file is read into one string and parsed at once: several times faster than
 * streaming. Memory peaks at about four times the file size (annotate; analyze about three), so up
 * to here a run stays under about 1 GB, the bench's memory target. Beyond, the file is streamed: bounded
 * memory, and no limit on size (V8 cannot hold a string of much more than 512 MiB).
 */
export const FAST_PATH_MAX_BYTES = 200 * 1024 * 1024;
/** Files above this size show progress on an interactive stderr. */
const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

type Analyze = Extract<Command, { kind: 'analyze' }>;
type Export = Extract<Command, { kind: 'annotate' | 'redact' }>;

class InputRefused {
  constructor(readonly line: string) {}
}

function fileProblemLine(file: string, problem: FileProblem, t: Translate): string {
  return t(`cli_file_${problem.problem.replace(/-/g, '_')}`, [oneLine(file), oneLine(problem.detail)]);
}

function harErrorLine(file: string, error: HarError, t: Translate): string {
  const detail = error.detail === undefined ? '' : oneLine(error.detail);
  return `${oneLine(file)}: ${t(`cli_har_error_${error.code.replace(/-/g, '_')}`, [oneLine(error.path), detail])}`;
}

function warningLine(warning: HarWarning, t: Translate): string {
  const detail = warning.detail === undefined ? '' : oneLine(warning.detail);
  const text = t(`cli_har_warning_${warning.code.replace(/-/g, '_')}`, [
    oneLine(warning.path),
    String(warning.count),
    detail,
  ]);
  return t('cli_warning', [text]);
}

/**
 * Opens the input (a regular file, or `-`) and reads it whole when small enough, else sets up streamed
 * reads (with progress when useful). The size is known before anything is allocated for the text.
 * `passesShown`: how many reads of the file the progress line covers (analyze: the first only).
 */
async function openSource(
  file: string,
  io: CliIo,
  t: Translate,
  passesShown: number,
): Promise<{ source: HarSource; input: InputFile; progress?: Progress }> {
  const input = await io.openInput(file);
  if ('problem' in input) throw new InputRefused(fileProblemLine(file, input, t));
  const showProgress = io.stderr.isTTY && input.size > PROGRESS_MIN_BYTES;
  if (input.size <= FAST_PATH_MAX_BYTES && !showProgress) {
    const text = await input.readText();
    if (typeof text !== 'string') {
      await input.close();
      throw new InputRefused(fileProblemLine(file, text, t));
    }
    return { source: { text }, input };
  }
  // The file is read twice: context first, then classification.
  const progress = showProgress
    ? new Progress(io.stderr, input.size * passesShown, t('cli_progress', [oneLine(file)]))
    : undefined;
  const open = () => (progress ? progress.counting(input.readChunks()) : input.readChunks());
  return progress ? { source: { open }, input, progress } : { source: { open }, input };
}

function analyzeOptions(io: CliIo): AnalyzeOptions {
  const validator = io.loadValidator?.();
  return validator ? { validator } : {};
}

async function analyze(command: Analyze, io: CliIo, t: Translate): Promise<number> {
  const { source, input, progress } = await openSource(command.file, io, t, 1);
  const writer = reportWriter(command.format, command.file, t, styleFor(io.stdout.isTTY, io.env));
  let entries = 0;
  let flagged = 0;
  try {
    for await (const item of analyzeHar(source, analyzeOptions(io))) {
      if (item.type === 'error') throw new InputRefused(harErrorLine(command.file, item.error, t));
      if (item.type === 'start') {
        // From here on the report streams out, interleaved with a progress line it would garble.
        progress?.stop();
        for (const warning of item.warnings) io.stderr.write(`${warningLine(warning, t)}\n`);
        io.stdout.write(writer.start());
      } else if (item.type === 'entry') {
        entries += 1;
        if (item.flagged) flagged += 1;
        if (item.flagged || command.all) io.stdout.write(writer.entry(item));
      }
    }
  } finally {
    progress?.clear();
    await input.close();
  }
  const summary =
    flagged === 0
      ? t('cli_summary_nothing', [String(entries)])
      : t('cli_summary', [String(entries), String(flagged)]);
  io.stdout.write(writer.end(summary));
  return 0;
}

function redactionLines(summary: RedactionSummary, t: Translate): string[] {
  if (summary.values === 0) return [t('cli_redacted_nothing')];
  return [
    t('cli_redacted_total', [String(summary.values)]),
    ...summary.items.map((item) =>
      t('cli_redacted_item', [
        t(`cli_secret_${item.kind.replace(/-/g, '_')}`) || item.kind,
        oneLine(item.name),
        String(item.values),
      ]),
    ),
  ];
}

/** A failed write (full disk, I/O error) names the output, not the input the catch-all would name. */
async function writeOrRefuse(output: OutputFile, text: string, name: string, t: Translate): Promise<void> {
  try {
    await output.write(text);
  } catch (error) {
    if (error instanceof FileProblemError)
      throw new InputRefused(fileProblemLine(name, error.fileProblem, t));
    throw error;
  }
}

async function exportFile(command: Export, io: CliIo, t: Translate): Promise<number> {
  const { source, input, progress } = await openSource(command.input, io, t, 2);
  const redact = command.kind === 'redact' || command.redact;
  // With `-o -` the HAR owns standard output; what we have to say goes to stderr.
  const report = command.output === STANDARD_STREAM ? io.stderr : io.stdout;
  let output: OutputFile | undefined;
  try {
    for await (const item of exportHar(source, {
      redact,
      ...(command.kind === 'annotate' ? { annotateAs: VERSION } : {}),
      ...analyzeOptions(io),
    })) {
      if (item.type === 'error') throw new InputRefused(harErrorLine(command.input, item.error, t));
      if (item.type === 'text') {
        if (!output) {
          const created = await io.createOutput(command.output, input.mode);
          if ('problem' in created) throw new InputRefused(fileProblemLine(command.output, created, t));
          output = created;
        }
        await writeOrRefuse(output, item.text, command.output, t);
        continue;
      }
      progress?.clear();
      for (const warning of item.warnings) io.stderr.write(`${warningLine(warning, t)}\n`);
      const committed = await output?.commit();
      output = undefined;
      if (committed) throw new InputRefused(fileProblemLine(command.output, committed, t));
      const lines = command.output === STANDARD_STREAM ? [] : [t('cli_wrote', [oneLine(command.output)])];
      if (item.annotation)
        lines.push(t('cli_summary', [String(item.annotation.entries), String(item.annotation.flagged)]));
      lines.push(...(item.redaction ? redactionLines(item.redaction, t) : [t('cli_not_redacted')]));
      report.write(`${lines.join('\n')}\n`);
    }
  } finally {
    progress?.clear();
    await output?.discard();
    await input.close();
  }
  return 0;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const command = parseArgs(argv);
  const t = translatorFor(command.kind === 'version' ? 'en' : command.lang);
  try {
    switch (command.kind) {
      case 'usage-error':
        io.stderr.write(`apigw403: ${t(`cli_usage_${command.key}`, command.substitutions.map(oneLine))}\n`);
        return 2;
      case 'help':
        io.stdout.write(`${t('cli_help', [VERSION])}\n`);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'analyze':
        return await analyze(command, io, t);
      default:
        return await exportFile(command, io, t);
    }
  } catch (error) {
    if (error instanceof InputRefused) {
      io.stderr.write(`apigw403: ${error.line}\n`);
      return 2;
    }
    if (
      error instanceof FileProblemError &&
      (command.kind === 'analyze' || command.kind === 'annotate' || command.kind === 'redact')
    ) {
      const file = command.kind === 'analyze' ? command.file : command.input;
      io.stderr.write(`apigw403: ${fileProblemLine(file, error.fileProblem, t)}\n`);
      return 2;
    }
    io.stderr.write(
      `apigw403: ${t('cli_internal_error', [oneLine(error instanceof Error ? error.message : String(error))])}\n`,
    );
    return 1;
  }
}
