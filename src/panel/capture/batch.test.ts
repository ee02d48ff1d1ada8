import { describe, expect, it } from 'vitest';
import { batch } from './batch.ts';

function harness(maxItems: number) {
  const sent: number[][] = [];
  const pending: Array<() => void> = [];
  const batched = batch<number>(
    (items) => sent.push(items),
    (flush) => pending.push(flush),
    maxItems,
  );
  const runScheduled = () => {
    for (const flush of pending.splice(0)) flush();
  };
  return { sent, pending, batched, runScheduled };
}

describe('batch', () => {
  it('sends everything added before the scheduled flush as one message, scheduling once', () => {
    const { sent, pending, batched, runScheduled } = harness(50);
    for (const item of [1, 2, 3]) batched.add(item);
    expect(sent).toEqual([]);
    expect(pending).toHaveLength(1);
    runScheduled();
    expect(sent).toEqual([[1, 2, 3]]);
  });

  it('sends at once when maxItems are waiting, and the later flush finds nothing to send', () => {
    const { sent, batched, runScheduled } = harness(2);
    for (const item of [1, 2, 3]) batched.add(item);
    expect(sent).toEqual([[1, 2]]);
    runScheduled();
    expect(sent).toEqual([[1, 2], [3]]);
  });

  it('flush sends what waits now; drop forgets it', () => {
    const { sent, batched, runScheduled } = harness(50);
    batched.add(1);
    batched.flush();
    batched.add(2);
    batched.drop();
    runScheduled();
    expect(sent).toEqual([[1]]);
  });
});
