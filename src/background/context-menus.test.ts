import { describe, expect, it } from 'vitest';
import type { MenuClick, MenuItem } from '../platform/context-menus.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import { resultPage } from '../shared/pages.ts';
import { menuResultKey } from '../shared/storage-keys.ts';
import { DIAGNOSE_MENU_ID, registerContextMenus } from './context-menus.ts';
import { fakeBackgroundServices, memorySession } from './test-support/fake-background.ts';

function startWorker() {
  const session = new Map<string, unknown>();
  const created: MenuItem[] = [];
  const opened: string[] = [];
  const listeners: { startup?: () => void; click?: (click: MenuClick) => void } = {};
  const services = fakeBackgroundServices({
    session: memorySession(session),
    menus: {
      onInstalledOrStartup: (listener) => {
        listeners.startup = listener;
      },
      recreate: async (item) => {
        created.push(item);
      },
      onClicked: (listener) => {
        listeners.click = listener;
      },
    },
    openPage: async (path) => {
      opened.push(path);
    },
  });
  registerContextMenus(services);
  return { session, created, opened, listeners };
}

describe('context menu (worker side, injected browser)', () => {
  it('creates its item on install or start-up, titled from the locale', () => {
    const worker = startWorker();
    expect(worker.created).toEqual([]);
    worker.listeners.startup?.();
    expect(worker.created).toEqual([
      { id: DIAGNOSE_MENU_ID, title: 'ui_menu_diagnose', contexts: ['link', 'selection'] },
    ]);
  });

  it('answers a click on its item with a stored result shown in the result page, and ignores other items', async () => {
    const worker = startWorker();
    worker.listeners.click?.({ menuItemId: 'someone-else', selectionText: 'x' });
    worker.listeners.click?.({ menuItemId: DIAGNOSE_MENU_ID, selectionText: 'no url in here' });
    await expect.poll(() => worker.opened).toEqual([resultPage('id-1')]);
    const stored = worker.session.get(menuResultKey('id-1')) as MenuResult | undefined;
    expect(stored?.outcome.kind).toBe('not-a-url');
  });
});
