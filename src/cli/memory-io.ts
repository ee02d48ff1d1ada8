/** A CliIo over in-memory files and captured output, for running `main` in tests. */
import type { CliIo, FileProblem } from './io.ts';

export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  out(): string;
  err(): string;
}

export interface MemoryIoOptions {
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** What standard input holds. */
  stdin?: string;
  /** Reported file size, to steer main onto the streaming path with a small file. */
  reportedSize?: number;
  chunkSize?: number;
}

export function memoryIo(files: Record<string, string>, options: MemoryIoOptions = {}): MemoryIo {
  const store = new Map(Object.entries(files));
  let stdout = '';
  let stderr = '';
  const missing = (path: string): FileProblem => ({ problem: 'not-found', detail: path });
  return {
    files: store,
    out: () => stdout,
    err: () => stderr,
    stdout: {
      write: (text) => {
        stdout += text;
      },
      isTTY: options.stdoutTTY ?? false,
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
      isTTY: options.stderrTTY ?? false,
    },
    env: {},
    size: async (path) => {
      const text = store.get(path);
      if (text === undefined) {
        // A directory is any prefix of stored paths.
        const isDirectory = [...store.keys()].some((name) => name.startsWith(`${path}/`));
        return isDirectory ? { problem: 'is-directory', detail: path } : missing(path);
      }
      return options.reportedSize ?? new TextEncoder().encode(text).length;
    },
    readText: async (path) => store.get(path) ?? missing(path),
    readChunks: async function* (path) {
      const bytes = new TextEncoder().encode(store.get(path) ?? '');
      const size = options.chunkSize ?? 7;
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    },
    readStdin: async function* () {
      yield new TextEncoder().encode(options.stdin ?? '');
    },
    listFiles: async (directory, extensions) =>
      [...store.keys()]
        .filter((name) => name.startsWith(`${directory}/`) && extensions.some((ext) => name.endsWith(ext)))
        .sort(),
    createOutput: async (path) => {
      let text = '';
      return {
        write: async (piece) => {
          text += piece;
        },
        commit: async () => {
          store.set(path, text);
          return undefined;
        },
        discard: async () => {},
      };
    },
  };
}
