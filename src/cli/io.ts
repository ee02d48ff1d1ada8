/**
 * Everything the CLI does to the outside world, injected so `main` runs in tests without touching
 * the disk or the terminal. `node-io.ts` is the real implementation.
 */
import type { HarSchemaValidator } from '../har/index.ts';
import type { FileWorkers, WorkerTask } from './file-workers.ts';

/** The path that means standard input (as an input) or standard output (as `-o`). */
export const STANDARD_STREAM = '-';

export interface CliStream {
  write(text: string): void;
  isTTY: boolean;
}

/** Why a file could not be read or written: a code for the message, the OS's words as detail. */
export interface FileProblem {
  problem:
    | 'not-found'
    | 'is-directory'
    /** A device, FIFO or socket as input: it may never end (`/dev/zero`) or never start (a FIFO without writer). */
    | 'not-regular'
    | 'compressed'
    | 'unreadable'
    | 'unwritable'
    /** `-o` names something that is not a regular file (device, symlink, directory): never replaced. */
    | 'output-not-regular';
  detail: string;
}

/** Thrown from inside reads and writes (the disk filled up, the file vanished between passes): reported as exit 2. */
export class FileProblemError extends Error {
  constructor(readonly fileProblem: FileProblem) {
    super(fileProblem.detail);
  }
}

/** An opened input: a regular file, or standard input read to its end. Every read sees the same bytes. */
export interface InputFile {
  size: number;
  /** Permission bits of the input file, which an output derived from it keeps (undefined for stdin). */
  mode?: number;
  readText(): Promise<string | FileProblem>;
  /** The bytes from the start, in chunks; can be called again for a second pass. Throws FileProblemError. */
  readChunks(): AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

export interface OutputFile {
  /** Throws FileProblemError when the bytes cannot all be written. */
  write(text: string): Promise<void>;
  /** Puts the finished file in place (flushed to disk first). */
  commit(): Promise<FileProblem | undefined>;
  /** Leaves no partial file behind. */
  discard(): Promise<void>;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** `NO_COLOR` / `FORCE_COLOR` (https://no-color.org). */
  env: { NO_COLOR?: string; FORCE_COLOR?: string };
  /** `-` opens standard input. Anything but a regular file is refused before a byte is read. */
  openInput(path: string): Promise<InputFile | FileProblem>;
  /**
   * Files under `path`, recursively, whose names end with one of `extensions`, sorted; `undefined`
   * when `path` is not a directory (or cannot be looked at: opening it will say why).
   */
  listFiles(path: string, extensions: readonly string[]): Promise<string[] | undefined | FileProblem>;
  /** `-` writes to standard output. `mode`: permission bits for a new file. */
  createOutput(path: string, mode?: number): Promise<OutputFile | FileProblem>;
  /** har-validator, when it can be loaded; loaded only by commands that read a HAR (it costs start-up time). */
  loadValidator?: () => HarSchemaValidator | undefined;
  /** Worker threads for `analyze` over several inputs (node-workers.ts); without, the main thread does it all. */
  fileWorkers?: {
    /** Threads the machine can run at once. */
    parallelism: number;
    start(threads: number, task: WorkerTask): FileWorkers;
  };
}
