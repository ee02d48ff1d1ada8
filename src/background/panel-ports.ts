import type { PortLike } from '../messaging/port-like.ts';
import { isPanelMessage } from '../shared/guards.ts';
import {
  envelope,
  type PanelMessage,
  tabIdFromPortName,
  type WorkerMessage,
  type WorkerToPanelEvents,
} from '../shared/protocol.ts';
import { diagnose, learn } from './classifier-host.ts';
import type { BackgroundServices } from './services.ts';
import { runInTabQueue } from './tab-queue.ts';
import type { TabSessionStore } from './tab-session-store.ts';

async function answer(store: TabSessionStore, tabId: number, message: PanelMessage): Promise<WorkerMessage> {
  switch (message.type) {
    case 'classify': {
      const { requestId, exchange, force } = message.payload;
      try {
        const diagnosis = await diagnose(store, tabId, requestId, exchange, force);
        return envelope<WorkerToPanelEvents, 'diagnosis'>(message.id, 'diagnosis', { requestId, diagnosis });
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        return envelope<WorkerToPanelEvents, 'failed'>(message.id, 'failed', { requestId, message: text });
      }
    }
    case 'learn': {
      const count = await learn(store, tabId, message.id, message.payload.facts);
      return envelope<WorkerToPanelEvents, 'learnt'>(message.id, 'learnt', { count });
    }
    case 'reset':
      await runInTabQueue(tabId, () => store.forgetTab(tabId));
      return envelope<WorkerToPanelEvents, 'resetDone'>(message.id, 'resetDone', message.payload);
  }
}

function servePanel(store: TabSessionStore, port: PortLike): void {
  const tabId = tabIdFromPortName(port.name);
  if (tabId === undefined) return;
  let connected = true;
  port.onDisconnect.addListener(() => {
    connected = false;
  });
  port.onMessage.addListener((message) => {
    if (!isPanelMessage(message)) return;
    void answer(store, tabId, message).then((reply) => {
      // A reply for a panel that already went away is dropped; the panel re-sends on its new port.
      if (!connected) return;
      try {
        port.postMessage(reply);
      } catch {
        connected = false;
      }
    });
  });
}

/** Each DevTools panel's port: classify its tab's captures, forget the tab on reset. */
export function registerPanelPorts(services: BackgroundServices, store: TabSessionStore): void {
  services.onPortConnected((port) => servePanel(store, port));
}
