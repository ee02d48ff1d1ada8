import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exchangeFromHarEntry } from '../core/index.ts';
import type { PortLike } from '../messaging/port-like.ts';
import { isWorkerMessage } from '../shared/guards.ts';
import { PROTOCOL_SOURCE } from '../shared/protocol.ts';
import { registerPanelPorts } from './panel-ports.ts';
import { tabSessionStore } from './tab-session-store.ts';
import { fakeBackgroundServices, memorySession } from './test-support/fake-background.ts';

const sessionData = new Map<string, unknown>();

class PanelEnd implements PortLike {
  readonly replies: unknown[] = [];
  #onMessage: Array<(message: unknown) => void> = [];
  #onDisconnect: Array<() => void> = [];
  onMessage = { addListener: (listener: (message: unknown) => void) => this.#onMessage.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => this.#onDisconnect.push(listener) };
  constructor(readonly name: string) {}
  postMessage(message: unknown): void {
    this.replies.push(message);
  }
  disconnect(): void {}
  send(message: unknown): void {
    for (const listener of this.#onMessage) listener(message);
  }
  close(): void {
    for (const listener of this.#onDisconnect) listener();
  }
}

const exchange = exchangeFromHarEntry(
  {
    request: { method: 'GET', url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/pets' },
    response: {
      status: 403,
      headers: [{ name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' }],
      content: { mimeType: 'application/json', text: '{"message":"Missing Authentication Token"}' },
    },
  },
  { id: 'r1' },
);
const classifyMessage = {
  source: PROTOCOL_SOURCE,
  id: 'classify:r1',
  type: 'classify',
  payload: { requestId: 'r1', exchange, force: false },
};

/** A worker started over the shared storage, and a port connected to it. */
function connected(name: string): PanelEnd {
  let connect: ((port: PortLike) => void) | undefined;
  const session = memorySession(sessionData);
  const services = fakeBackgroundServices({
    session,
    onPortConnected: (listener) => {
      connect = listener;
    },
  });
  registerPanelPorts(services, tabSessionStore(session));
  const port = new PanelEnd(name);
  connect?.(port);
  return port;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => sessionData.clear());

describe('panel ports (worker side)', () => {
  it('answers a classify with a diagnosis carrying the same id', async () => {
    const port = connected('panel:3');
    port.send(classifyMessage);
    await vi.waitFor(() => expect(port.replies).toHaveLength(1));
    const [reply] = port.replies;
    expect(isWorkerMessage(reply)).toBe(true);
    expect(reply).toMatchObject({ id: 'classify:r1', type: 'diagnosis', payload: { requestId: 'r1' } });
    expect(sessionData.has('tab:3:dx:r1')).toBe(true);
  });

  it('drops malformed messages and ports that are not a panel', async () => {
    const panel = connected('panel:3');
    panel.send({ ...classifyMessage, payload: { requestId: 'r1' } });
    panel.send('hello');
    const stranger = connected('something-else');
    stranger.send(classifyMessage);
    await flush();
    expect(panel.replies).toEqual([]);
    expect(stranger.replies).toEqual([]);
  });

  it('forgets the tab on reset and confirms it', async () => {
    const port = connected('panel:3');
    port.send(classifyMessage);
    await vi.waitFor(() => expect(port.replies).toHaveLength(1));
    port.send({ source: PROTOCOL_SOURCE, id: 'reset', type: 'reset', payload: { reason: 'navigated' } });
    await vi.waitFor(() => expect(port.replies).toHaveLength(2));
    expect(port.replies[1]).toMatchObject({ id: 'reset', type: 'resetDone' });
    expect([...sessionData.keys()].filter((key) => key.startsWith('tab:3:'))).toEqual([]);
  });

  it('does not post to a panel that went away', async () => {
    const port = connected('panel:3');
    port.send(classifyMessage);
    port.close();
    // The diagnosis is stored last thing before the reply would go out.
    await vi.waitFor(() => expect(sessionData.has('tab:3:dx:r1')).toBe(true));
    await flush();
    expect(port.replies).toEqual([]);
  });
});
