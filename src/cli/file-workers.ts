/**
 * `analyze` over many files on several threads, its output exactly as one thread would write it: in input order,
 * streamed (the file at the head of the order is written as its worker produces it; files after it are held until
 * their turn), memory bounded per file (workers run at most LOOKAHEAD_PER_THREAD files per thread ahead of the
 * head). No Node API here: the threads are injected (node-workers.ts), tests pass fakes.
 */
import type { Command } from './args.ts';

/** What every thread of one run is told once: the command, and what the real stdout is. */
export interface WorkerTask {
  command: Extract<Command, { kind: 'analyze' }>;
  stdoutIsTTY: boolean;
}

/** What analysing one input produced, in the order it was produced. */
export type FileEvent =
  | { type: 'stdout' | 'stderr'; text: string }
  /** Analysed and reported. */
  | { type: 'done' }
  /** Could not be analysed: the one line saying why (InputRefused). */
  | { type: 'refused'; line: string }
  /** A bug of ours inside the worker: the run stops, as it would on one thread. */
  | { type: 'crash'; message: string };

/** One worker thread: analyses one input at a time. */
export interface FileThread {
  run(label: string): AsyncIterable<FileEvent>;
}

export interface FileWorkers {
  threads: FileThread[];
  close(): Promise<void>;
}

/** How far the threads may run ahead of the file being written, per thread: what bounds the output held back. */
export const LOOKAHEAD_PER_THREAD = 8;

/** Events of one file, queued until the writer reaches it (and, in node-workers.ts, until a thread's reader asks). */
export class Channel {
  private readonly events: FileEvent[] = [];
  private ended = false;
  private wake: (() => void) | undefined;

  push(event: FileEvent): void {
    this.events.push(event);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *drain(): AsyncGenerator<FileEvent> {
    for (;;) {
      const event = this.events.shift();
      if (event) yield event;
      else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}

/**
 * Runs every item on the threads and yields each item's events, item after item in input order. An item that is
 * already a FileEvent (an input refused before any analysis, e.g. a directory that cannot be listed) passes
 * through in its place.
 */
export async function* inInputOrder(
  items: ReadonlyArray<string | FileEvent>,
  threads: readonly FileThread[],
): AsyncGenerator<FileEvent> {
  const channels = items.map(() => new Channel());
  const lookahead = Math.max(1, threads.length * LOOKAHEAD_PER_THREAD);
  let head = 0;
  let next = 0;
  let headMoved: Array<() => void> = [];
  let stopped = false;

  const work = async (thread: FileThread): Promise<void> => {
    for (;;) {
      while (!stopped && next >= head + lookahead)
        await new Promise<void>((resolve) => headMoved.push(resolve));
      const index = next++;
      const item = items[index];
      const channel = channels[index];
      if (stopped || item === undefined || channel === undefined) return;
      if (typeof item === 'string') for await (const event of thread.run(item)) channel.push(event);
      else channel.push(item);
      channel.end();
    }
  };
  const running = Promise.all(threads.map(work));
  try {
    for (; head < channels.length; head += 1) {
      for (const resolve of headMoved) resolve();
      headMoved = [];
      yield* (channels[head] as Channel).drain();
    }
  } finally {
    // A crash (or a reader that stopped early) ends the run: the threads take no new item.
    stopped = true;
    for (const resolve of headMoved) resolve();
  }
  await running;
}
