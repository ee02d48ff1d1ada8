import type { PortLike } from './port-like.ts';

export interface ReconnectingPortOptions<Outgoing extends { id: string }, Incoming extends { id: string }> {
  /** Opens a new port; waking the service worker is a side effect of connecting. May throw when the extension
   * context is gone (extension reloaded or updated): then every pending request is given up. */
  connect: () => PortLike;
  isIncoming: (message: unknown) => message is Incoming;
  onMessage: (message: Incoming) => void;
  /** Called with requests that will never be answered, so the caller can show them as failed. */
  onGiveUp: (requests: Outgoing[], reason: string) => void;
  /** Connections in a row that died before answering anything; past this the worker is considered broken. */
  maxSilentReconnects?: number;
  /**
   * Requests a give-up keeps instead of abandoning: nobody waits on their answer, but what they carry must still
   * reach the worker (the successes that build the session context). They go first on the next connection.
   */
  keepOnGiveUp?: (request: Outgoing) => boolean;
}

export interface ReconnectingPort<Outgoing> {
  send(message: Outgoing): void;
  /** Requests sent and not answered yet. */
  pendingCount(): number;
  close(): void;
}

/**
 * A port to the service worker that survives the worker being stopped. Chrome stops an idle MV3 worker and
 * drops its ports; every request stays "in flight" until a reply with the same id arrives, and a dropped port
 * is reopened at once and everything in flight re-sent. The worker answers by id idempotently, so a request
 * that was in fact processed before the drop is answered again from storage, never duplicated. With nothing in
 * flight the port is reopened lazily, on the next send, so an idle panel does not keep the worker alive.
 */
export function createReconnectingPort<Outgoing extends { id: string }, Incoming extends { id: string }>(
  options: ReconnectingPortOptions<Outgoing, Incoming>,
): ReconnectingPort<Outgoing> {
  const maxSilentReconnects = options.maxSilentReconnects ?? 5;
  const inFlight = new Map<string, Outgoing>();
  let port: PortLike | undefined;
  let silentReconnects = 0;
  let closed = false;

  function giveUpAll(reason: string): void {
    const requests = [...inFlight.values()].filter((request) => !options.keepOnGiveUp?.(request));
    for (const request of requests) inFlight.delete(request.id);
    port = undefined;
    if (requests.length > 0) options.onGiveUp(requests, reason);
  }

  function open(): PortLike | undefined {
    let opened: PortLike;
    try {
      opened = options.connect();
    } catch (error) {
      giveUpAll(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    opened.onMessage.addListener((message) => {
      if (opened !== port || !options.isIncoming(message)) return;
      silentReconnects = 0;
      inFlight.delete(message.id);
      options.onMessage(message);
    });
    opened.onDisconnect.addListener(() => {
      if (opened === port) handleDisconnect();
    });
    port = opened;
    return opened;
  }

  function post(target: PortLike, message: Outgoing): boolean {
    try {
      target.postMessage(message);
      return true;
    } catch {
      return false;
    }
  }

  function handleDisconnect(): void {
    port = undefined;
    if (closed || inFlight.size === 0) return;
    silentReconnects += 1;
    if (silentReconnects > maxSilentReconnects) {
      giveUpAll('The extension service worker keeps stopping before it answers.');
      return;
    }
    const reopened = open();
    if (reopened) postInFlight(reopened);
  }

  /** Everything in flight, in order, on a port just opened. */
  function postInFlight(target: PortLike): void {
    for (const message of inFlight.values()) {
      if (!post(target, message)) {
        handleDisconnect();
        return;
      }
    }
  }

  return {
    send(message) {
      if (closed) return;
      // Re-inserting moves a repeated id to the end, so re-sends keep the order the user asked in.
      inFlight.delete(message.id);
      inFlight.set(message.id, message);
      if (port) {
        if (!post(port, message)) handleDisconnect();
        return;
      }
      // A new port carries what a give-up kept, before this message; otherwise this message alone is in flight.
      const opened = open();
      if (opened) postInFlight(opened);
    },
    pendingCount: () => inFlight.size,
    close() {
      closed = true;
      inFlight.clear();
      port?.disconnect();
      port = undefined;
    },
  };
}
