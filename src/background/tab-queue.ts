/**
 * Runs one tab's tasks one after another. Classifying reads and then writes the tab's session context, so two
 * requests of the same tab must not interleave; different tabs run independently. Only the ordering lives in
 * memory: the data itself is in storage.session, so a worker restart loses nothing but an empty queue.
 */
const tails = new Map<number, Promise<unknown>>();

export function runInTabQueue<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(tabId) ?? Promise.resolve();
  const next = previous.then(task, task);
  const tail = next.catch(() => undefined);
  tails.set(tabId, tail);
  void tail.then(() => {
    if (tails.get(tabId) === tail) tails.delete(tabId);
  });
  return next;
}
