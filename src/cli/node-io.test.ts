import { execFileSync } from 'node:child_process';
import { constants, readFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { chmod, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliStream, FileProblem, InputFile } from './io.ts';
import { main } from './main.ts';
import {
  createFileOutput,
  nodeIo,
  openRegularFile,
  openStandardInput,
  type WriteFileSystem,
} from './node-io.ts';

const POSIX = process.platform !== 'win32';
const FIXTURE = new URL('../../test/fixtures/sigv4.har', import.meta.url);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apigw403-io-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function capture(): CliStream & { text: () => string } {
  const written: string[] = [];
  return { isTTY: false, write: (text) => void written.push(text), text: () => written.join('') };
}

const problemOf = (opened: InputFile | FileProblem) => ('problem' in opened ? opened.problem : 'opened');

async function readAll(input: InputFile): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of input.readChunks()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

describe('inputs: regular files only, refused before a byte is read', () => {
  it.runIf(POSIX)('refuses devices, a symlink to /dev/zero, a FIFO without writer, a directory', async () => {
    await symlink('/dev/zero', join(dir, 'zero.har'));
    execFileSync('mkfifo', [join(dir, 'fifo.har')]);
    // A FIFO with no writer would block an open() forever: the test finishing at all is part of the proof.
    expect(problemOf(await openRegularFile('/dev/zero'))).toBe('not-regular');
    expect(problemOf(await openRegularFile('/dev/null'))).toBe('not-regular');
    expect(problemOf(await openRegularFile(join(dir, 'zero.har')))).toBe('not-regular');
    expect(problemOf(await openRegularFile(join(dir, 'fifo.har')))).toBe('not-regular');
    expect(problemOf(await openRegularFile(dir))).toBe('is-directory');
    expect(problemOf(await openRegularFile(join(dir, 'missing.har')))).toBe('not-found');
  });

  it('reads a regular file the same whole and in chunks, twice, and reports its mode', async () => {
    const path = join(dir, 'in.har');
    await writeFile(path, readFileSync(FIXTURE));
    if (POSIX) await chmod(path, 0o600);
    const input = await openRegularFile(path);
    if ('problem' in input) throw new Error(input.problem);
    const text = await input.readText();
    expect(text).toBe(readFileSync(FIXTURE, 'utf8'));
    expect(await readAll(input)).toBe(text);
    expect(await readAll(input)).toBe(text);
    if (POSIX) expect(input.mode).toBe(0o600);
    await input.close();
  });

  it('standard input beyond the memory threshold is spooled and reads back identical, twice', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const pieces = text.match(/[\s\S]{1,1000}/g)?.map((piece) => Buffer.from(piece)) ?? [];
    const input = await openStandardInput(Readable.from(pieces), 4096);
    if ('problem' in input) throw new Error(input.problem);
    expect(input.size).toBe(Buffer.byteLength(text));
    expect(await readAll(input)).toBe(text);
    expect(await input.readText()).toBe(text);
    await input.close();
  });
});

/** A disk that accepts `capacity` bytes, a few at a time, then fails like a full one. */
function fullDisk(capacity: number): WriteFileSystem {
  return {
    open: (async (...args: Parameters<typeof fsPromises.open>) => {
      const handle = await fsPromises.open(...args);
      let left = capacity;
      const write = async (bytes: Uint8Array, offset = 0, length = bytes.length - offset) => {
        if (left <= 0)
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        // Short writes, as a filling disk gives them: the writer must loop, not assume all went out.
        const now = Math.min(length, left, 3);
        const result = await handle.write(bytes, offset, now);
        left -= result.bytesWritten;
        return result;
      };
      // The writer uses write, sync and close only.
      return {
        write,
        sync: () => handle.sync(),
        close: () => handle.close(),
      } as unknown as fsPromises.FileHandle;
    }) as typeof fsPromises.open,
  };
}

describe('outputs: written safely', () => {
  it('loops over short writes and keeps the input mode', async () => {
    const output = await createFileOutput(join(dir, 'out.har'), 0o600, fullDisk(1_000_000));
    if ('problem' in output) throw new Error(output.problem);
    await output.write('{"log":');
    await output.write('{"entries":[]}}');
    expect(await output.commit()).toBeUndefined();
    expect(await readFile(join(dir, 'out.har'), 'utf8')).toBe('{"log":{"entries":[]}}');
    if (POSIX) expect((await stat(join(dir, 'out.har'))).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['out.har']);
    const discarded = await createFileOutput(join(dir, 'other.har'));
    if ('problem' in discarded) throw new Error(discarded.problem);
    await discarded.write('half');
    await discarded.discard();
    expect(await readdir(dir)).toEqual(['out.har']);
  });

  it('a full disk exits 2 with "cannot write", leaves no partial file and keeps the old one', async () => {
    const input = join(dir, 'in.har');
    const target = join(dir, 'out.har');
    await writeFile(input, readFileSync(FIXTURE));
    await writeFile(target, 'previous');
    const stdout = capture();
    const stderr = capture();
    const io = { ...nodeIo({ writeFileSystem: fullDisk(500) }), stdout, stderr };
    const code = await main(['redact', input, '-o', target], io);
    expect(code).toBe(2);
    expect(stderr.text()).toMatch(/^apigw403: cannot write .*out\.har: ENOSPC/);
    expect(stderr.text().trimEnd().split('\n')).toHaveLength(1);
    expect(stdout.text()).toBe('');
    expect((await readdir(dir)).sort()).toEqual(['in.har', 'out.har']);
    expect(await readFile(target, 'utf8')).toBe('previous');
  });

  it('creates its temporary file exclusively beside the target, never through a symlink, and syncs it before the rename', async () => {
    const events: string[] = [];
    let opened: { path: string; flags: number } | undefined;
    const recording: WriteFileSystem = {
      open: (async (path: string, flags: number, mode?: number) => {
        opened = { path, flags };
        const handle = await fsPromises.open(path, flags, mode);
        return {
          write: (...args: Parameters<typeof handle.write>) => handle.write(...args),
          sync: async () => {
            events.push('sync');
            await handle.sync();
          },
          close: async () => {
            // The target is not there yet: the rename comes after the data is on disk.
            events.push(`close (target ${(await readdir(dir)).includes('out.har') ? 'exists' : 'absent'})`);
            await handle.close();
          },
        } as unknown as fsPromises.FileHandle;
      }) as typeof fsPromises.open,
    };
    const output = await createFileOutput(join(dir, 'out.har'), 0o644, recording);
    if ('problem' in output) throw new Error(output.problem);
    await output.write('{}');
    expect(await output.commit()).toBeUndefined();
    expect(opened && dirname(opened.path)).toBe(dir);
    expect((opened?.flags ?? 0) & constants.O_EXCL).toBe(constants.O_EXCL);
    expect((opened?.flags ?? 0) & constants.O_CREAT).toBe(constants.O_CREAT);
    if (POSIX) expect((opened?.flags ?? 0) & constants.O_NOFOLLOW).toBe(constants.O_NOFOLLOW);
    expect(events).toEqual(['sync', 'close (target absent)']);
    expect(await readdir(dir)).toEqual(['out.har']);
  });

  it.runIf(POSIX)(
    'apigw403 redact gives the output the input file mode (0600 stays 0600, not 0644)',
    async () => {
      const input = join(dir, 'in.har');
      const target = join(dir, 'out.har');
      await writeFile(input, readFileSync(FIXTURE));
      await chmod(input, 0o600);
      const stderr = capture();
      const code = await main(['redact', input, '-o', target], { ...nodeIo(), stdout: capture(), stderr });
      expect(code, stderr.text()).toBe(0);
      expect((await stat(target)).mode & 0o777).toBe(0o600);
    },
  );

  it.runIf(POSIX)('never replaces a symlink, a device or a directory', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'keep me');
    await symlink(victim, join(dir, 'link.har'));
    for (const target of [join(dir, 'link.har'), '/dev/null', '/dev/stdout', dir]) {
      const output = await createFileOutput(target);
      expect('problem' in output && output.problem, target).toBe('output-not-regular');
    }
    expect(await readFile(victim, 'utf8')).toBe('keep me');
  });
});
