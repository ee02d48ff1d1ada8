/**
 * Everything the CLI does to the outside world, injected so `main` runs in tests without touching
 * the disk or the terminal. `node-io.ts` is the real implementation.
 */
import type { HarSchemaValidator } from '../har/index.ts';

export interface CliStream {
  write(text: string): void;
  isTTY: boolean;
}

/** Why a file could not be read or written: a code for the message, the OS's words as detail. */
export interface FileProblem {
  problem: 'not-found' | 'is-directory' | 'compressed' | 'unreadable' | 'unwritable';
  detail: string;
}

/** Thrown from inside `readChunks` (say, the file vanished between passes): reported as bad input. */
export class FileProblemError extends Error {
  constructor(readonly fileProblem: FileProblem) {
    super(fileProblem.detail);
  }
}

export interface OutputFile {
  write(text: string): Promise<void>;
  /** Puts the finished file in place. */
  commit(): Promise<FileProblem | undefined>;
  /** Leaves no partial file behind. */
  discard(): Promise<void>;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** `NO_COLOR` / `FORCE_COLOR` (https://no-color.org). */
  env: { NO_COLOR?: string; FORCE_COLOR?: string };
  size(path: string): Promise<number | FileProblem>;
  readText(path: string): Promise<string | FileProblem>;
  /** The file's bytes from the start, in chunks; can be called again for a second pass. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  createOutput(path: string): Promise<OutputFile | FileProblem>;
  /** Standard input's bytes as they arrive (read once). */
  readStdin(): AsyncIterable<Uint8Array>;
  /** Files under a directory, recursively, whose names end with one of `extensions`; sorted. */
  listFiles(directory: string, extensions: readonly string[]): Promise<string[] | FileProblem>;
  /** har-validator, when it can be loaded; loaded only by commands that read a HAR (it costs start-up time). */
  loadValidator?: () => HarSchemaValidator | undefined;
}
