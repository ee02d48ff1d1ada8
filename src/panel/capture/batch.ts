/**
 * Collects items and hands them over together: once `maxItems` are waiting, or when the scheduled flush
 * runs (about a frame later), whichever comes first. The capture path uses it for the successes that only
 * feed the session context: thousands of them on a busy page, each a message and a storage write if sent alone.
 */
export interface Batch<T> {
  add(item: T): void;
  /** Sends what is waiting now (a navigation must not let old successes reach the new session). */
  flush(): void;
  /** Forgets what is waiting (the session it was for is gone). */
  drop(): void;
}

/** `schedule` runs its callback later (a timer in the panel: hidden pages get no animation frames). */
export function batch<T>(
  send: (items: T[]) => void,
  schedule: (flush: () => void) => void,
  maxItems: number,
): Batch<T> {
  let waiting: T[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (waiting.length === 0) return;
    const items = waiting;
    waiting = [];
    send(items);
  };
  return {
    add(item) {
      waiting.push(item);
      if (waiting.length >= maxItems) flush();
      else if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
    flush,
    drop() {
      waiting = [];
    },
  };
}
