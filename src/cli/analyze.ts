/**
 * `apigw403 analyze`: every input (HAR files, transcripts, directories of them, standard input, or an
 * exchange given on the command line) through the one HAR pipeline, one after the other so memory is
 * bounded by the largest file, not by how many there are. An input that cannot be read is named on
 * stderr and skipped; the others are still analysed, and the exit status says something was skipped.
 */
import type { Translate } from '../core/index.ts';
import {
  type AnalyzeOptions,
  analyzeHar,
  type HarError,
  type HarSource,
  type HarWarning,
} from '../har/index.ts';
import { type InputFormat, type Transcript, textSource, transcriptNotes, unseenOf } from '../inputs/index.ts';
import { VERSION } from '../shared/version.ts';
import type { Command } from './args.ts';
import { type FileEvent, inInputOrder } from './file-workers.ts';
import {
  type CliIo,
  type CliStream,
  type FileProblem,
  FileProblemError,
  type InputFile,
  STANDARD_STREAM,
} from './io.ts';
import { Progress } from './progress.ts';
import { reportWriter } from './report-writer.ts';
import { oneLine } from './sanitize.ts';
import { styleFor } from './style.ts';

/**
 * Up to this size a file is read into one string and parsed at once: several times faster than
 * streaming. Memory peaks at about 2.5 times the file size (analyze, annotate and redact alike), so
 * up to here a run stays under about 600 MB. Beyond, the file is streamed: bounded
 * memory, and no limit on size (V8 cannot hold a string of much more than 512 MiB).
 */
export const FAST_PATH_MAX_BYTES = 200 * 1024 * 1024;
/** Files above this size show progress on an interactive stderr. */
const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
/** What a directory is searched for. */
export const INPUT_EXTENSIONS = ['.har', '.txt', '.log'] as const;
/** How an exchange given with `--body` is named in reports. */
export const COMMAND_LINE_LABEL = '(command line)';

type Analyze = Extract<Command, { kind: 'analyze' }>;

export class InputRefused {
  constructor(readonly line: string) {}
}

export function fileProblemLine(file: string, problem: FileProblem, t: Translate): string {
  return t(`cli_file_${problem.problem.replace(/-/g, '_')}`, [oneLine(file), oneLine(problem.detail)]);
}

export function harErrorLine(file: string, error: HarError, t: Translate): string {
  const detail = error.detail === undefined ? '' : oneLine(error.detail);
  return `${oneLine(file)}: ${t(`cli_har_error_${error.code.replace(/-/g, '_')}`, [oneLine(error.path), detail])}`;
}

export function warningLine(warning: HarWarning, t: Translate): string {
  const detail = warning.detail === undefined ? '' : oneLine(warning.detail);
  const text = t(`cli_har_warning_${warning.code.replace(/-/g, '_')}`, [
    oneLine(warning.path),
    String(warning.count),
    detail,
  ]);
  return t('cli_warning', [text]);
}

/** har-validator only with `--validate` (loading it compiles its schemas); progress when a line is shown. */
export function analyzeOptions(io: CliIo, validate: boolean, progress?: Progress): AnalyzeOptions {
  const validator = validate ? io.loadValidator?.() : undefined;
  return {
    ...(validator ? { validator } : {}),
    ...(progress ? { onProgress: (fraction: number) => progress.show(fraction) } : {}),
  };
}

/**
 * Reads an opened HAR whole when small enough (one pass: each entry parsed once, the same at a
 * terminal with a progress line), else sets up streamed reads. The size is known before anything is
 * allocated for the text. `passesShown`: how many streamed reads of the file the progress line covers
 * (analyze: the first only).
 */
async function harFrom(
  file: string,
  input: InputFile,
  io: CliIo,
  t: Translate,
  passesShown: number,
): Promise<{ source: HarSource; progress?: Progress }> {
  const progress =
    io.stderr.isTTY && input.size > PROGRESS_MIN_BYTES
      ? new Progress(io.stderr, t('cli_progress', [oneLine(file)]))
      : undefined;
  const withProgress = <T extends { source: HarSource }>(read: T) =>
    progress ? { ...read, progress } : read;
  if (input.size <= FAST_PATH_MAX_BYTES) {
    const text = await input.readText();
    if (typeof text !== 'string') throw new InputRefused(fileProblemLine(file, text, t));
    return withProgress({ source: { text } });
  }
  // Too big for one string: streamed, and read twice (context first, then classification).
  const total = input.size * passesShown;
  const open = () => (progress ? progress.counting(input.readChunks(), total) : input.readChunks());
  return withProgress({ source: { open } });
}

async function opened(file: string, io: CliIo, t: Translate): Promise<InputFile> {
  const input = await io.openInput(file);
  if ('problem' in input) throw new InputRefused(fileProblemLine(file, input, t));
  return input;
}

/** Opens a HAR (a regular file, or `-`); the caller closes `input`. */
export async function openHar(
  file: string,
  io: CliIo,
  t: Translate,
  passesShown: number,
): Promise<{ source: HarSource; input: InputFile; progress?: Progress }> {
  const input = await opened(file, io, t);
  try {
    return { ...(await harFrom(file, input, io, t, passesShown)), input };
  } catch (error) {
    await input.close();
    throw error;
  }
}

/** An input ready for the HAR pipeline. */
interface Opened {
  source: HarSource;
  input?: InputFile;
  progress?: Progress;
  /** Set for a transcript: its format and, per exchange, what it did not show. */
  transcript?: Transcript;
}

function fromText(label: string, text: string, command: Analyze, t: Translate, format?: InputFormat): Opened {
  const read = textSource(text, {
    ...(format ? { format } : {}),
    hints: command.hints,
    creatorVersion: VERSION,
  });
  if ('refused' in read) {
    const key = read.refused === 'empty' ? 'cli_input_empty' : 'cli_input_nothing';
    throw new InputRefused(t(key, [oneLine(label), read.format]));
  }
  return { source: { text: read.text }, ...(read.transcript ? { transcript: read.transcript } : {}) };
}

/**
 * Opens one input and decides its format: `--input`, else a `.har` or `.json` name is HAR (an empty
 * or broken one gets HAR's own error; a body to explain comes as text, on stdin or in a .txt), else a file too big to hold is streamed as HAR, else the text says.
 */
export async function openInput(label: string, command: Analyze, io: CliIo, t: Translate): Promise<Opened> {
  if (label === COMMAND_LINE_LABEL) return fromText(label, command.body ?? '', command, t, 'text');
  const forced = command.input ?? (/\.(har|json)$/i.test(label) ? 'har' : undefined);
  const input = await opened(label, io, t);
  try {
    if (forced === 'har' || (forced === undefined && input.size > FAST_PATH_MAX_BYTES))
      return { ...(await harFrom(label, input, io, t, 1)), input };
    if (input.size > FAST_PATH_MAX_BYTES)
      throw new InputRefused(t('cli_input_too_large', [oneLine(label), forced ?? '']));
    const text = await input.readText();
    if (typeof text !== 'string') throw new InputRefused(fileProblemLine(label, text, t));
    return { ...fromText(label, text, command, t, forced), input };
  } catch (error) {
    await input.close();
    throw error;
  }
}

/** Files and directories on the command line, directories expanded; a directory that cannot be listed is refused. */
async function* inputsOf(command: Analyze, io: CliIo, t: Translate): AsyncGenerator<string | InputRefused> {
  if (command.body !== undefined) {
    yield COMMAND_LINE_LABEL;
    return;
  }
  for (const file of command.files) {
    const listed = file === STANDARD_STREAM ? undefined : await io.listFiles(file, INPUT_EXTENSIONS);
    if (listed === undefined) yield file;
    else if (!Array.isArray(listed)) yield new InputRefused(fileProblemLine(file, listed, t));
    else if (listed.length === 0) yield new InputRefused(t('cli_directory_without_inputs', [oneLine(file)]));
    else yield* listed;
  }
}

interface Counts {
  entries: number;
  flagged: number;
}

/** Analyses one input and writes its report; an unreadable input throws InputRefused before any output. */
async function analyzeOne(
  label: string,
  command: Analyze,
  io: CliIo,
  t: Translate,
  several: boolean,
): Promise<Counts> {
  const { source, input, progress, transcript } = await openInput(label, command, io, t);
  const writer = reportWriter(command.format, label, t, styleFor(io.stdout.isTTY, io.env), {
    several,
    jsonlExtra: (index) => {
      const missing = transcript?.missing[index] ?? [];
      return transcript ? { input: transcript.format, ...(missing.length > 0 ? { missing } : {}) } : {};
    },
  });
  const counts: Counts = { entries: 0, flagged: 0 };
  try {
    // A transcript's gaps stay unknown (a status it did not show is assumed only to get past the pre-filter).
    const options = transcript
      ? { unseen: transcript.missing.map(unseenOf) }
      : analyzeOptions(io, command.validate, progress);
    for await (const item of analyzeHar(source, options)) {
      if (item.type === 'error') throw new InputRefused(harErrorLine(label, item.error, t));
      if (item.type === 'start') {
        // From here on the report streams out, interleaved with a progress line it would garble.
        progress?.stop();
        // A transcript's warnings would be about the HAR document we made of it, not about the input.
        if (!transcript) for (const warning of item.warnings) io.stderr.write(`${warningLine(warning, t)}\n`);
        io.stdout.write(writer.start() + writer.notes(transcript ? transcriptNotes(transcript, t) : []));
      } else if (item.type === 'entry') {
        counts.entries += 1;
        if (item.flagged) counts.flagged += 1;
        if (item.flagged || command.all) io.stdout.write(writer.entry(item));
      }
    }
  } finally {
    progress?.clear();
    await input?.close();
  }
  const summary =
    counts.flagged === 0
      ? t('cli_summary_nothing', [String(counts.entries)])
      : t('cli_summary', [String(counts.entries), String(counts.flagged)]);
  io.stdout.write(writer.end(summary));
  return counts;
}

/**
 * Analyses one input, reporting on `io`; says whether it was analysed or refused (and why). Anything else thrown
 * is a bug of ours. Runs on the main thread, or in a worker thread for many files (analyze-worker.ts).
 */
export async function analyzeFile(
  label: string,
  command: Analyze,
  io: CliIo,
  t: Translate,
  several: boolean,
): Promise<Extract<FileEvent, { type: 'done' | 'refused' }>> {
  try {
    await analyzeOne(label, command, io, t, several);
    return { type: 'done' };
  } catch (error) {
    // A file that vanished or broke between the two reads of a streamed HAR is refused like any other.
    if (error instanceof FileProblemError)
      return { type: 'refused', line: fileProblemLine(label, error.fileProblem, t) };
    if (error instanceof InputRefused) return { type: 'refused', line: error.line };
    throw error;
  }
}

/**
 * Writes the files' outputs one after the other; in a JSON document of several files, each file's document after
 * the first is preceded by a comma, whichever file was refused in between.
 */
class OrderedOutput {
  refused = 0;
  private documents = 0;
  private wroteThisFile = false;
  /** The stdout one file writes on. */
  readonly stdout: CliStream;

  constructor(
    private readonly io: CliIo,
    private readonly wrapJson: boolean,
  ) {
    this.stdout = {
      write: (text: string) => {
        if (!this.wroteThisFile && this.wrapJson && this.documents > 0) this.io.stdout.write(',\n');
        this.wroteThisFile = true;
        this.io.stdout.write(text);
      },
      isTTY: io.stdout.isTTY,
    };
  }

  /** A crash in a worker is thrown here, and reported as the bug it is. */
  event(event: FileEvent): void {
    if (event.type === 'stdout') this.stdout.write(event.text);
    else if (event.type === 'stderr') this.io.stderr.write(event.text);
    else if (event.type === 'crash') throw new Error(event.message);
    else {
      if (event.type === 'refused') {
        this.refused += 1;
        this.io.stderr.write(`apigw403: ${event.line}\n`);
      }
      if (this.wroteThisFile) this.documents += 1;
      this.wroteThisFile = false;
    }
  }
}

async function isDirectory(path: string, io: CliIo): Promise<boolean> {
  return path !== STANDARD_STREAM && Array.isArray(await io.listFiles(path, INPUT_EXTENSIONS));
}

/** Worker threads for many files: the design's two cores at most (more buys little: output is written by one). */
const MAX_THREADS = 2;

/** The threads `analyze` uses for this many inputs; none (the main thread does it all) for one input. */
function threadCount(inputs: number, io: CliIo): number {
  return io.fileWorkers && inputs >= 2 ? Math.min(MAX_THREADS, io.fileWorkers.parallelism, inputs) : 0;
}

/** Exit status: 0 when every input was analysed, 2 when one or more could not be (each named on stderr). */
export async function analyze(command: Analyze, io: CliIo, t: Translate): Promise<number> {
  const several =
    command.files.length > 1 ||
    (command.files.length === 1 && (await isDirectory(command.files[0] as string, io)));
  // Several inputs in JSON: one document listing each input's one-file document.
  const wrapJson = command.format === 'json' && several;
  const output = new OrderedOutput(io, wrapJson);
  const fileIo: CliIo = { ...io, stdout: output.stdout };
  if (wrapJson) io.stdout.write('{"files": [\n');
  const inputs: Array<string | FileEvent> = [];
  for await (const input of inputsOf(command, io, t))
    inputs.push(input instanceof InputRefused ? { type: 'refused', line: input.line } : input);
  const threads = threadCount(inputs.filter((input) => typeof input === 'string').length, io);
  if (threads > 0 && io.fileWorkers) {
    const workers = io.fileWorkers.start(threads, { command, stdoutIsTTY: io.stdout.isTTY });
    try {
      for await (const event of inInputOrder(inputs, workers.threads)) output.event(event);
    } finally {
      await workers.close();
    }
  } else {
    for (const input of inputs) {
      output.event(typeof input === 'string' ? await analyzeFile(input, command, fileIo, t, several) : input);
    }
  }
  if (wrapJson) io.stdout.write(']}\n');
  return output.refused > 0 ? 2 : 0;
}
