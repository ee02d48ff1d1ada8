import { describe, expect, it } from 'vitest';
import type { PortLike } from './port-like.ts';
import { createReconnectingPort } from './reconnecting-port.ts';

interface Request {
  id: string;
  body: string;
}
interface Reply {
  id: string;
  answer: string;
}

/** A port whose far end the test plays: it records what was posted and can answer or die. */
class FakePort implements PortLike {
  readonly name = 'panel:7';
  readonly posted: unknown[] = [];
  disconnected = false;
  #messageListeners: Array<(message: unknown) => void> = [];
  #disconnectListeners: Array<() => void> = [];
  onMessage = {
    addListener: (listener: (message: unknown) => void) => this.#messageListeners.push(listener),
  };
  onDisconnect = { addListener: (listener: () => void) => this.#disconnectListeners.push(listener) };
  postMessage(message: unknown): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  reply(message: unknown): void {
    for (const listener of this.#messageListeners) listener(message);
  }
  /** The worker was stopped: Chrome drops the port and tells the other end. */
  die(): void {
    this.disconnected = true;
    for (const listener of this.#disconnectListeners) listener();
  }
}

function setup(options: { connectThrows?: boolean; keep?: (request: Request) => boolean } = {}) {
  const ports: FakePort[] = [];
  const received: Reply[] = [];
  const givenUp: Array<{ requests: Request[]; reason: string }> = [];
  const port = createReconnectingPort<Request, Reply>({
    connect: () => {
      if (options.connectThrows) throw new Error('Extension context invalidated.');
      const created = new FakePort();
      ports.push(created);
      return created;
    },
    isIncoming: (message): message is Reply =>
      typeof (message as Reply)?.id === 'string' && typeof (message as Reply)?.answer === 'string',
    onMessage: (message) => received.push(message),
    onGiveUp: (requests, reason) => givenUp.push({ requests, reason }),
    maxSilentReconnects: 3,
    ...(options.keep ? { keepOnGiveUp: options.keep } : {}),
  });
  return { port, ports, received, givenUp };
}

describe('createReconnectingPort', () => {
  it('connects lazily, on the first send', () => {
    const { port, ports } = setup();
    expect(ports).toHaveLength(0);
    port.send({ id: 'a', body: 'x' });
    expect(ports).toHaveLength(1);
    expect(ports[0]?.posted).toEqual([{ id: 'a', body: 'x' }]);
  });

  it('re-sends everything still in flight on a new port when the worker dies, in order', () => {
    const { port, ports, received } = setup();
    port.send({ id: 'a', body: '1' });
    port.send({ id: 'b', body: '2' });
    port.send({ id: 'c', body: '3' });
    ports[0]?.reply({ id: 'b', answer: 'done b' });
    ports[0]?.die();
    expect(ports).toHaveLength(2);
    expect(ports[1]?.posted).toEqual([
      { id: 'a', body: '1' },
      { id: 'c', body: '3' },
    ]);
    ports[1]?.reply({ id: 'a', answer: 'done a' });
    ports[1]?.reply({ id: 'c', answer: 'done c' });
    expect(received.map((reply) => reply.id)).toEqual(['b', 'a', 'c']);
    expect(port.pendingCount()).toBe(0);
  });

  it('does not reconnect an idle port until something is sent', () => {
    const { port, ports } = setup();
    port.send({ id: 'a', body: '1' });
    ports[0]?.reply({ id: 'a', answer: 'ok' });
    ports[0]?.die();
    expect(ports).toHaveLength(1);
    port.send({ id: 'b', body: '2' });
    expect(ports).toHaveLength(2);
    expect(ports[1]?.posted).toEqual([{ id: 'b', body: '2' }]);
  });

  it('ignores messages from a port it already replaced', () => {
    const { port, ports, received } = setup();
    port.send({ id: 'a', body: '1' });
    const stale = ports[0];
    stale?.die();
    stale?.reply({ id: 'a', answer: 'late' });
    expect(received).toEqual([]);
    expect(port.pendingCount()).toBe(1);
  });

  it('replaces an in-flight request with the same id instead of sending it twice after a reconnect', () => {
    const { port, ports } = setup();
    port.send({ id: 'a', body: 'first' });
    port.send({ id: 'a', body: 'again' });
    ports[0]?.die();
    expect(ports[1]?.posted).toEqual([{ id: 'a', body: 'again' }]);
  });

  it('drops messages that fail the guard', () => {
    const { port, ports, received } = setup();
    port.send({ id: 'a', body: '1' });
    ports[0]?.reply({ id: 'a' });
    ports[0]?.reply('garbage');
    expect(received).toEqual([]);
    expect(port.pendingCount()).toBe(1);
  });

  it('gives up, naming the requests, when the worker keeps dying without answering', () => {
    const { port, ports, givenUp } = setup();
    port.send({ id: 'a', body: '1' });
    for (let attempt = 0; attempt < 4; attempt++) ports.at(-1)?.die();
    expect(givenUp).toHaveLength(1);
    expect(givenUp[0]?.requests).toEqual([{ id: 'a', body: '1' }]);
    expect(port.pendingCount()).toBe(0);
  });

  it('keeps what it is told to keep through a give-up and sends it first on the next connection', () => {
    const { port, ports, givenUp } = setup({ keep: (request) => request.id.startsWith('learn') });
    port.send({ id: 'learn:1', body: 'success' });
    port.send({ id: 'a', body: '1' });
    for (let attempt = 0; attempt < 4; attempt++) ports.at(-1)?.die();
    expect(givenUp[0]?.requests).toEqual([{ id: 'a', body: '1' }]);
    expect(port.pendingCount()).toBe(1);
    port.send({ id: 'b', body: '2' });
    expect(ports.at(-1)?.posted).toEqual([
      { id: 'learn:1', body: 'success' },
      { id: 'b', body: '2' },
    ]);
  });

  it('gives up at once when the extension context is gone', () => {
    const { port, givenUp } = setup({ connectThrows: true });
    port.send({ id: 'a', body: '1' });
    expect(givenUp).toEqual([
      { requests: [{ id: 'a', body: '1' }], reason: 'Extension context invalidated.' },
    ]);
  });

  it('recovers when posting on a port that died silently throws', () => {
    const { port, ports } = setup();
    port.send({ id: 'a', body: '1' });
    const first = ports[0];
    if (first) first.disconnected = true;
    port.send({ id: 'b', body: '2' });
    expect(ports).toHaveLength(2);
    expect(ports[1]?.posted).toEqual([
      { id: 'a', body: '1' },
      { id: 'b', body: '2' },
    ]);
  });

  it('sends nothing after close', () => {
    const { port, ports } = setup();
    port.send({ id: 'a', body: '1' });
    port.close();
    port.send({ id: 'b', body: '2' });
    expect(ports[0]?.disconnected).toBe(true);
    expect(ports).toHaveLength(1);
  });
});
