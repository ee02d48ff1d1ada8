import { onTabClosed } from '../platform/tabs.ts';
import { runInTabQueue } from './tab-queue.ts';
import { forgetTab } from './tab-session-store.ts';

/** A closed tab's session is useless: free its share of the storage.session quota. */
export function registerTabCleanup(): void {
  onTabClosed((tabId) => {
    void runInTabQueue(tabId, () => forgetTab(tabId));
  });
}
