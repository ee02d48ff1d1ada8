import type { PortLike } from '../messaging/port-like.ts';
import { onPortConnected } from '../platform/ports.ts';
import { isPanelMessage } from '../shared/guards.ts';
import {
  envelope,
  type PanelMessage,
  tabIdFromPortName,
  type WorkerMessage,
  type WorkerToPanelEvents,
} from '../shared/protocol.ts';
import { diagnose } from './classifier-host.ts';
import { runInTabQueue } from './tab-queue.ts';
import { forgetTab } from './tab-session-store.ts';

async function answer(tabId: number, message: PanelMessage): Promise<WorkerMessage> {
  switch (message.type) {
    case 'classify': {
      const { requestId, exchange, force } = message.payload;
      try {
        const diagnosis = await diagnose(tabId, requestId, exchange, force);
        return envelope<WorkerToPanelEvents, 'diagnosis'>(message.id, 'diagnosis', { requestId, diagnosis });
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        return envelope<WorkerToPanelEvents, 'failed'>(message.id, 'failed', { requestId, message: text });
      }
    }
    case 'reset':
      await runInTabQueue(tabId, () => forgetTab(tabId));
      return envelope<WorkerToPanelEvents, 'resetDone'>(message.id, 'resetDone', message.payload);
  }
}

function servePanel(port: PortLike): void {
  const tabId = tabIdFromPortName(port.name);
  if (tabId === undefined) return;
  let connected = true;
  port.onDisconnect.addListener(() => {
    connected = false;
  });
  port.onMessage.addListener((message) => {
    if (!isPanelMessage(message)) return;
    void answer(tabId, message).then((reply) => {
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

export function registerPanelPorts(): void {
  onPortConnected(servePanel);
}
