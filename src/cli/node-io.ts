/** The real CliIo: files through node:fs, streams from the process. */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { type FileHandle, lstat, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { loadHarValidator } from './har-validator.ts';
import {
  type CliIo,
  type FileProblem,
  FileProblemError,
  type InputFile,
  type OutputFile,
  STANDARD_STREAM,
} from './io.ts';

const CHUNK_BYTES = 1024 * 1024;
/**
 * Output is written in pieces of about this many characters: one write per HAR entry was one
 * thread-pool round trip each, most of an export's time.
 */
const WRITE_CHARS = 1024 * 1024;
/** Standard input up to this size stays in memory; beyond, it is spooled to a private temporary file. */
const STDIN_MEMORY_BYTES = 64 * 1024 * 1024;
// Windows has neither flag; there a FIFO cannot be named and a symlinked temp name cannot be pre-planted.
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const O_NOCTTY = constants.O_NOCTTY ?? 0;

/** The part of node:fs/promises that writes, injectable so tests can make the disk fail. */
export interface WriteFileSystem {
  open: typeof fsPromises.open;
}

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

/** Where an input's bytes are: a buffer, or a file read by position (so passes never share a cursor). */
interface ByteSource {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

function bufferSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    read: async (position, length) => bytes.subarray(position, position + length),
    close: async () => {},
  };
}

/** Reads exactly `size` bytes at most: a file that grows while we read does not make the read endless. */
function handleSource(handle: FileHandle, size: number, onClose?: () => Promise<void>): ByteSource {
  return {
    size,
    read: async (position, length) => {
      const buffer = Buffer.allocUnsafe(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
    close: async () => {
      await handle.close();
      await onClose?.();
    },
  };
}

function inputFile(name: string, source: ByteSource, mode?: number): InputFile {
  return {
    size: source.size,
    ...(mode === undefined ? {} : { mode }),
    readText: async () => {
      let bytes: Buffer;
      try {
        bytes = await source.read(0, source.size);
      } catch (error) {
        return problemOf(error);
      }
      return isGzip(bytes) ? compressed(name) : decodeHarBytes(bytes);
    },
    readChunks: async function* () {
      for (let position = 0; position < source.size; position += CHUNK_BYTES) {
        let chunk: Buffer;
        try {
          chunk = await source.read(position, Math.min(CHUNK_BYTES, source.size - position));
        } catch (error) {
          throw new FileProblemError(problemOf(error));
        }
        if (position === 0 && isGzip(chunk)) throw new FileProblemError(compressed(name));
        if (chunk.length === 0) return;
        yield chunk;
      }
    },
    close: () => source.close(),
  };
}

/**
 * Opens a regular file only. `stat` first, so a FIFO is never opened (opening one without a writer
 * blocks) and a device (`/dev/zero`, `/dev/urandom`: endless) never read; then the opened handle is
 * checked again, in case the path was swapped in between.
 */
export async function openRegularFile(path: string): Promise<InputFile | FileProblem> {
  let handle: FileHandle;
  try {
    const named = await stat(path);
    if (named.isDirectory()) return { problem: 'is-directory', detail: path };
    if (!named.isFile()) return { problem: 'not-regular', detail: path };
    handle = await fsPromises.open(path, constants.O_RDONLY | O_NONBLOCK | O_NOCTTY);
  } catch (error) {
    return problemOf(error);
  }
  const opened = await handle.stat();
  if (!opened.isFile()) {
    await handle.close();
    return { problem: 'not-regular', detail: path };
  }
  return inputFile(path, handleSource(handle, opened.size), opened.mode & 0o777);
}

/**
 * Reads standard input to its end (analysis reads a HAR twice). Small inputs stay in memory; a big
 * one goes to a file only we can open, unlinked at once where the OS allows, so the unredacted HAR
 * never outlives the process on disk.
 */
export async function openStandardInput(
  stdin: AsyncIterable<Buffer>,
  memoryBytes = STDIN_MEMORY_BYTES,
): Promise<InputFile | FileProblem> {
  const held: Buffer[] = [];
  let heldBytes = 0;
  let spool: { handle: FileHandle; directory: string } | undefined;
  let size = 0;
  try {
    for await (const chunk of stdin) {
      size += chunk.length;
      if (!spool) {
        held.push(chunk);
        heldBytes += chunk.length;
        if (heldBytes <= memoryBytes) continue;
        spool = await createSpool();
        await writeFully(spool.handle, Buffer.concat(held));
        held.length = 0;
      } else await writeFully(spool.handle, chunk);
    }
  } catch (error) {
    await spool?.handle.close();
    if (spool) await rm(spool.directory, { recursive: true, force: true });
    return problemOf(error);
  }
  if (!spool) return inputFile(STANDARD_STREAM, bufferSource(Buffer.concat(held)));
  const { handle, directory } = spool;
  return inputFile(
    STANDARD_STREAM,
    handleSource(handle, size, () => rm(directory, { recursive: true, force: true })),
  );
}

async function createSpool(): Promise<{ handle: FileHandle; directory: string }> {
  // mkdtemp makes a fresh 0700 directory: no other user can see, guess or pre-plant the file.
  const directory = await mkdtemp(join(tmpdir(), 'apigw403-stdin-'));
  const path = join(directory, 'stdin.har');
  const handle = await fsPromises.open(
    path,
    constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW,
    0o600,
  );
  // POSIX keeps the open file readable after unlink; Windows refuses, and close() removes the directory.
  await rm(path).catch(() => {});
  return { handle, directory };
}

/** `FileHandle.write` may write fewer bytes than asked (a full disk, a signal): loop until all are out. */
async function writeFully(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' });
    written += bytesWritten;
  }
}

/** Collects text and hands it to `sink` in pieces of WRITE_CHARS; a failed write becomes a FileProblemError. */
function pieceWriter(sink: (bytes: Uint8Array) => Promise<void>) {
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async () => {
    const text = pending.join('');
    pending = [];
    pendingChars = 0;
    if (text === '') return;
    try {
      await sink(Buffer.from(text, 'utf8'));
    } catch (error) {
      throw error instanceof FileProblemError ? error : new FileProblemError(problemOf(error, true));
    }
  };
  return {
    flush,
    write: async (text: string) => {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= WRITE_CHARS) await flush();
    },
  };
}

/** What `-o` may replace: nothing, or a regular file. A symlink, device, FIFO or directory is refused. */
async function replaceable(path: string): Promise<FileProblem | undefined> {
  try {
    const existing = await lstat(path);
    return existing.isFile() ? undefined : { problem: 'output-not-regular', detail: path };
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? undefined : problemOf(error, true);
  }
}

/**
 * Written to an exclusively created temporary file beside the target (never through a symlink),
 * flushed to disk, then renamed over the target: no half-written HAR ever, whatever fails when.
 */
export async function createFileOutput(
  path: string,
  mode = 0o666,
  fileSystem: WriteFileSystem = fsPromises,
): Promise<OutputFile | FileProblem> {
  const refused = await replaceable(path);
  if (refused) return refused;
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.partial`,
  );
  let handle: FileHandle;
  try {
    handle = await fileSystem.open(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW,
      mode,
    );
  } catch (error) {
    return problemOf(error, true);
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const discard = async () => {
    await close().catch(() => {});
    await rm(temporary, { force: true });
  };
  const pieces = pieceWriter((bytes) => writeFully(handle, bytes));
  return {
    write: pieces.write,
    commit: async () => {
      try {
        await pieces.flush();
        await handle.sync();
        await close();
        // Checked again at the last moment: the target may have become a symlink while we wrote.
        const refusedNow = await replaceable(path);
        if (refusedNow) {
          await discard();
          return refusedNow;
        }
        await fsPromises.rename(temporary, path);
        return undefined;
      } catch (error) {
        await discard();
        return error instanceof FileProblemError ? error.fileProblem : problemOf(error, true);
      }
    },
    discard,
  };
}

/** `-o -`: the HAR goes to standard output, waiting for the reader (a pipe) instead of buffering it all. */
function standardOutput(stream: NodeJS.WriteStream): OutputFile {
  const pieces = pieceWriter(
    (bytes) =>
      new Promise<void>((resolve, reject) => {
        stream.write(bytes, (error) => (error ? reject(error) : resolve()));
      }),
  );
  return {
    write: pieces.write,
    commit: async () => {
      try {
        await pieces.flush();
        return undefined;
      } catch (error) {
        return error instanceof FileProblemError ? error.fileProblem : problemOf(error, true);
      }
    },
    discard: async () => {},
  };
}

export interface NodeIoOptions {
  /** Tests inject a failing disk here. */
  writeFileSystem?: WriteFileSystem;
}

async function listFiles(
  path: string,
  extensions: readonly string[],
): Promise<string[] | undefined | FileProblem> {
  try {
    if (!(await stat(path)).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  try {
    const found = await readdir(path, { recursive: true, withFileTypes: true });
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

export function nodeIo(options: NodeIoOptions = {}): CliIo {
  return {
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    env: {
      ...(process.env.NO_COLOR === undefined ? {} : { NO_COLOR: process.env.NO_COLOR }),
      ...(process.env.FORCE_COLOR === undefined ? {} : { FORCE_COLOR: process.env.FORCE_COLOR }),
    },
    listFiles,
    openInput: (path) =>
      path === STANDARD_STREAM ? openStandardInput(process.stdin) : openRegularFile(path),
    createOutput: async (path, mode) =>
      path === STANDARD_STREAM
        ? standardOutput(process.stdout)
        : createFileOutput(path, mode, options.writeFileSystem),
    loadValidator: loadHarValidator,
  };
}
