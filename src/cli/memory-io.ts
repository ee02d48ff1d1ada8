/** A CliIo over in-memory files and captured output, for running `main` in tests. */
import { type CliIo, type FileProblem, type InputFile, STANDARD_STREAM } from './io.ts';

export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  out(): string;
  err(): string;
}

export interface MemoryIoOptions {
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** Reported file size, to steer main onto the streaming path with a small file. */
  reportedSize?: number;
  chunkSize?: number;
  /** What `-` reads. */
  stdin?: string;
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
    listFiles: async (path, extensions) => {
      // A directory is any proper prefix of stored paths.
      const inside = [...store.keys()].filter((name) => name.startsWith(`${path}/`));
      if (inside.length === 0) return undefined;
      return inside.filter((name) => extensions.some((extension) => name.endsWith(extension))).sort();
    },
    openInput: async (path) => {
      const text = path === STANDARD_STREAM ? options.stdin : store.get(path);
      if (text === undefined) return missing(path);
      const bytes = new TextEncoder().encode(text);
      const chunkSize = options.chunkSize ?? 7;
      const input: InputFile = {
        size: options.reportedSize ?? bytes.length,
        readText: async () => text,
        readChunks: async function* () {
          for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
        },
        close: async () => {},
      };
      return input;
    },
    createOutput: async (path) => {
      let text = '';
      return {
        write: async (piece) => {
          text += piece;
        },
        commit: async () => {
          if (path === STANDARD_STREAM) stdout += text;
          else store.set(path, text);
          return undefined;
        },
        discard: async () => {},
      };
    },
  };
}
