import type { Diagnosis, Exchange, Translate } from '../../core/index.ts';
import type { PortLike } from '../../messaging/port-like.ts';
import type { CapturedEntry, CapturedRequest } from '../../shared/captured-request.ts';
import { isPanelMessage } from '../../shared/guards.ts';
import type { PanelMessage } from '../../shared/protocol.ts';
import { PROTOCOL_SOURCE } from '../../shared/protocol.ts';
import type { PanelServices } from '../services.ts';

/** The far end of a panel port, played by the test: it sees what the panel sent and answers or dies. */
export class FakeWorkerPort implements PortLike {
  readonly name = 'panel:1';
  readonly received: PanelMessage[] = [];
  #onMessage: Array<(message: unknown) => void> = [];
  #onDisconnect: Array<() => void> = [];
  dead = false;
  onMessage = { addListener: (listener: (message: unknown) => void) => this.#onMessage.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => this.#onDisconnect.push(listener) };
  constructor(private readonly answer: ((message: PanelMessage, port: FakeWorkerPort) => void) | undefined) {}
  postMessage(message: unknown): void {
    if (this.dead) throw new Error('disconnected port');
    if (!isPanelMessage(message))
      throw new Error(`the panel sent a malformed message: ${JSON.stringify(message)}`);
    this.received.push(message);
    this.answer?.(message, this);
  }
  disconnect(): void {
    this.dead = true;
  }
  reply(message: unknown): void {
    for (const listener of this.#onMessage) listener(message);
  }
  die(): void {
    this.dead = true;
    for (const listener of this.#onDisconnect) listener();
  }
}

/** Answers every classify with the diagnosis `diagnose` returns, after a microtask, like a live worker. */
export function answeringWith(diagnose: (exchange: Exchange) => Diagnosis) {
  return (message: PanelMessage, port: FakeWorkerPort) => {
    queueMicrotask(() => {
      if (port.dead) return;
      if (message.type === 'classify') {
        const { requestId, exchange } = message.payload;
        port.reply({
          source: PROTOCOL_SOURCE,
          id: message.id,
          type: 'diagnosis',
          payload: { requestId, diagnosis: diagnose(exchange) },
        });
      } else {
        port.reply({ source: PROTOCOL_SOURCE, id: message.id, type: 'resetDone', payload: message.payload });
      }
    });
  };
}

export interface FakeEntryOptions {
  url: string;
  status: number;
  method?: string;
  requestHeaders?: Array<{ name: string; value: string }>;
  responseHeaders?: Array<{ name: string; value: string }>;
  body?: string;
  /** A JSON request body (`postData`), sent with method POST unless `method` says otherwise. */
  requestBody?: string;
  resourceType?: string;
  startedDateTime?: string;
}

let clock = Date.UTC(2026, 10, 25, 0, 0, 0);

export function capturedRequest(options: FakeEntryOptions): CapturedRequest {
  clock += 1000;
  const entry: CapturedEntry = {
    startedDateTime: options.startedDateTime ?? new Date(clock).toISOString(),
    request: {
      method: options.method ?? (options.requestBody === undefined ? 'GET' : 'POST'),
      url: options.url,
      headers: options.requestHeaders ?? [],
      ...(options.requestBody === undefined
        ? {}
        : { postData: { mimeType: 'application/json', text: options.requestBody } }),
    },
    response: {
      status: options.status,
      headers: options.responseHeaders ?? [{ name: 'content-type', value: 'application/json' }],
      content: { mimeType: 'application/json' },
    },
    _resourceType: options.resourceType ?? 'fetch',
    time: 12,
    timings: { blocked: 1, dns: -1, connect: -1, ssl: -1, send: 0.5, wait: 9, receive: 1.5 },
  };
  return {
    entry,
    getContent: async () => (options.body === undefined ? {} : { text: options.body }),
  };
}

/** Fake browser for the panel: a network the test drives, ports the test answers, settings in memory. */
export class FakeBrowser {
  readonly ports: FakeWorkerPort[] = [];
  readonly recorded: CapturedRequest[] = [];
  readonly reloads: number[] = [];
  /** What the page's Resource Timing lists: its fetch/XHR calls, logged or not. */
  pageRequestUrls: string[] = [];
  readonly openedInAnalyzer: string[] = [];
  #finished: Array<(request: CapturedRequest) => void> = [];
  #navigated: Array<(url: string) => void> = [];
  constructor(
    private readonly t: Translate,
    private readonly answer: ((message: PanelMessage, port: FakeWorkerPort) => void) | undefined,
  ) {}

  services(): PanelServices {
    return {
      t: this.t,
      theme: 'light',
      version: '0.0.0-test',
      connectToWorker: () => {
        const port = new FakeWorkerPort(this.answer);
        this.ports.push(port);
        return port;
      },
      network: {
        onRequestFinished: (listener) => {
          this.#finished.push(listener);
          return () => {
            this.#finished = this.#finished.filter((other) => other !== listener);
          };
        },
        getRecordedRequests: async () => this.recorded,
        pageRequestUrls: async () => this.pageRequestUrls,
        onNavigated: (listener) => {
          this.#navigated.push(listener);
          return () => {
            this.#navigated = this.#navigated.filter((other) => other !== listener);
          };
        },
      },
      reloadInspectedPage: () => {
        this.reloads.push(Date.now());
      },
      settings: { load: async () => ({}), save: async () => undefined },
      openInAnalyzer: async (har) => {
        this.openedInAnalyzer.push(har);
      },
      onMenuResult: () => () => undefined,
      replay: {
        requestOriginAccess: async () => {
          throw new Error('replay is not part of these tests');
        },
        replay: async () => {
          throw new Error('replay is not part of these tests');
        },
      },
    };
  }

  finish(request: CapturedRequest): void {
    for (const listener of this.#finished) listener(request);
  }

  navigate(url: string): void {
    for (const listener of this.#navigated) listener(url);
  }
}
