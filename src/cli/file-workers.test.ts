import { describe, expect, it } from 'vitest';
import { type FileEvent, type FileThread, inInputOrder, LOOKAHEAD_PER_THREAD } from './file-workers.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A thread whose files take `cost(label)` ticks per event; records which labels it started, and when. */
function fakeThread(cost: (label: string) => number, started: string[]): FileThread {
  return {
    async *run(label) {
      started.push(label);
      for (const part of ['a', 'b']) {
        for (let i = 0; i < cost(label); i += 1) await tick();
        yield { type: 'stdout', text: `${label}:${part} ` };
      }
      yield label.includes('bad') ? { type: 'refused', line: `${label} refused` } : { type: 'done' };
    },
  };
}

async function collect(events: AsyncIterable<FileEvent>): Promise<FileEvent[]> {
  const all: FileEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe('inInputOrder', () => {
  it('writes every file whole, in input order, whichever thread finishes first', async () => {
    const labels = Array.from({ length: 12 }, (_, i) => (i === 5 ? `f${i}-bad` : `f${i}`));
    // The first file is slow, the others fast: they finish long before it.
    const cost = (label: string) => (label === 'f0' ? 30 : (Number(label.slice(1, 2)) % 3) + 1);
    const started: string[] = [];
    const events = await collect(
      inInputOrder(labels, [fakeThread(cost, started), fakeThread(cost, started)]),
    );
    const expected = labels.flatMap((label): FileEvent[] => [
      { type: 'stdout', text: `${label}:a ` },
      { type: 'stdout', text: `${label}:b ` },
      label.includes('bad') ? { type: 'refused', line: `${label} refused` } : { type: 'done' },
    ]);
    expect(events).toEqual(expected);
    expect([...started].sort()).toEqual([...labels].sort());
  });

  it('keeps inputs refused before analysis in their place', async () => {
    const refused: FileEvent = { type: 'refused', line: 'dir: cannot list' };
    const events = await collect(inInputOrder(['x', refused, 'y'], [fakeThread(() => 1, [])]));
    expect(events.filter((event) => event.type !== 'stdout')).toEqual([
      { type: 'done' },
      refused,
      { type: 'done' },
    ]);
  });

  it('streams the head file and lets threads run only a bounded way ahead of it', async () => {
    const labels = Array.from({ length: 40 }, (_, i) => `f${i}`);
    const started: string[] = [];
    const threads = [fakeThread(() => 0, started), fakeThread(() => 0, started)];
    // The reader stops at the first event of the head file and looks at how far the threads went.
    const slowHead: FileThread = {
      async *run(label) {
        if (label !== 'f0') {
          yield* threads[0]?.run(label) ?? [];
          return;
        }
        started.push(label);
        yield { type: 'stdout', text: 'f0:a ' };
        for (let i = 0; i < 200; i += 1) await tick();
        yield { type: 'done' };
      },
    };
    const order = inInputOrder(labels, [slowHead, threads[1] as FileThread]);
    const first = await order.next();
    expect(first.value).toEqual({ type: 'stdout', text: 'f0:a ' });
    for (let i = 0; i < 50; i += 1) await tick();
    // f0 is still running; the other thread started at most the look-ahead's worth of files.
    expect(started.length).toBeLessThanOrEqual(2 * LOOKAHEAD_PER_THREAD);
    expect(started.length).toBeGreaterThan(1);
    const rest = await collect({ [Symbol.asyncIterator]: () => order });
    expect(rest.filter((event) => event.type === 'done')).toHaveLength(labels.length);
  });
});
