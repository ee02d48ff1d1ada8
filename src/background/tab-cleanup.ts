import type { BackgroundServices } from './services.ts';
import { runInTabQueue } from './tab-queue.ts';
import type { TabSessionStore } from './tab-session-store.ts';

/** A closed tab's session is useless: free its share of the storage.session quota. */
export function registerTabCleanup(services: BackgroundServices, store: TabSessionStore): void {
  services.onTabClosed((tabId) => {
    void runInTabQueue(tabId, () => store.forgetTab(tabId));
  });
}
