/** The real CliIo: files through node:fs, streams from the process. */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { loadHarValidator } from './har-validator.ts';
import { type CliIo, type FileProblem, FileProblemError, type OutputFile } from './io.ts';

const CHUNK_BYTES = 1024 * 1024;
/**
 * Output is written in pieces of about this many characters: one write per HAR entry was one
 * thread-pool round trip each, most of an export's time.
 */
const WRITE_CHARS = 1024 * 1024;

function problemOf(error: unknown, writing = false): FileProblem {
  const code = (error as { code?: string }).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT' && !writing) return { problem: 'not-found', detail };
  if (code === 'EISDIR') return { problem: 'is-directory', detail };
  return { problem: writing ? 'unwritable' : 'unreadable', detail };
}

/** gzip's magic number: a `.har.gz` renamed, or a body saved still compressed. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const compressed = (path: string): FileProblem => ({ problem: 'compressed', detail: path });

/** HAR text from the bytes: UTF-8 (the norm), or UTF-16 with a byte order mark (some Windows tools). */
function decodeHarBytes(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

async function* chunksOf(path: string): AsyncGenerator<Uint8Array> {
  let first = true;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
      if (first && isGzip(chunk as Buffer)) throw new FileProblemError(compressed(path));
      first = false;
      yield chunk as Buffer;
    }
  } catch (error) {
    throw error instanceof FileProblemError ? error : new FileProblemError(problemOf(error));
  }
}

/** Written beside the target, renamed into place when complete: no half-written HAR ever. */
async function createOutput(path: string): Promise<OutputFile | FileProblem> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temporary, 'w');
  } catch (error) {
    return problemOf(error, true);
  }
  let closed = false;
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async () => {
    const text = pending.join('');
    pending = [];
    pendingChars = 0;
    if (text !== '') await handle.write(text);
  };
  const close = async () => {
    if (!closed) await handle.close();
    closed = true;
  };
  return {
    write: async (text) => {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= WRITE_CHARS) await flush();
    },
    commit: async () => {
      try {
        await flush();
        await close();
        await rename(temporary, path);
        return undefined;
      } catch (error) {
        await rm(temporary, { force: true });
        return problemOf(error, true);
      }
    },
    discard: async () => {
      await close();
      await rm(temporary, { force: true });
    },
  };
}

async function listFiles(directory: string, extensions: readonly string[]): Promise<string[] | FileProblem> {
  try {
    const found = await readdir(directory, { recursive: true, withFileTypes: true });
    return found
      .filter(
        (item) =>
          item.isFile() && extensions.some((extension) => item.name.toLowerCase().endsWith(extension)),
      )
      .map((item) => join(item.parentPath, item.name))
      .sort();
  } catch (error) {
    return problemOf(error);
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    env: {
      ...(process.env.NO_COLOR === undefined ? {} : { NO_COLOR: process.env.NO_COLOR }),
      ...(process.env.FORCE_COLOR === undefined ? {} : { FORCE_COLOR: process.env.FORCE_COLOR }),
    },
    size: async (path) => {
      try {
        const info = await stat(path);
        return info.isDirectory() ? { problem: 'is-directory', detail: path } : info.size;
      } catch (error) {
        return problemOf(error);
      }
    },
    readText: async (path) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (error) {
        return problemOf(error);
      }
      return isGzip(bytes) ? compressed(path) : decodeHarBytes(bytes);
    },
    readChunks: chunksOf,
    createOutput,
    readStdin: () => process.stdin,
    listFiles,
    loadValidator: loadHarValidator,
  };
}
