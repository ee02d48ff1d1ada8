/**
 * The worker stopped at any moment loses no session context: a panel sends a page's messages (reset, successes to
 * learn, rows to classify) through the real reconnecting port; the worker is stopped at each storage call in turn
 * (the call applied or not, its answer never coming back, as when the browser ends the worker mid-write); a fresh
 * worker over the same storage gets what was in flight. Every diagnosis and the stored context must equal those
 * of a run without a stop.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  type ContextFacts,
  contextFacts,
  type Diagnosis,
  type Exchange,
  exchangeFromHarEntry,
} from '../core/index.ts';
import type { PortLike } from '../messaging/port-like.ts';
import { createReconnectingPort } from '../messaging/reconnecting-port.ts';
import { isWorkerMessage } from '../shared/guards.ts';
import {
  classifyMessageId,
  envelope,
  learnMessageId,
  type PanelMessage,
  type PanelToWorkerEvents,
  panelPortName,
  type WorkerMessage,
} from '../shared/protocol.ts';
import { tabSessionKeys } from '../shared/storage-keys.ts';
import type { SessionStore } from './services.ts';
import { fakeBackgroundServices, memorySession } from './test-support/fake-background.ts';

const TAB = 4;
const GATEWAY = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

function exchange(id: string, path: string, status: number, headers: Array<[string, string]> = []): Exchange {
  const body = status === 200 ? '{"status":"ok"}' : '{"message":"Forbidden"}';
  return exchangeFromHarEntry(
    {
      request: {
        method: 'GET',
        url: `${GATEWAY}${path}`,
        headers: headers.map(([name, value]) => ({ name, value })),
      },
      response: {
        status,
        headers: [
          { name: 'content-type', value: 'application/json' },
          {
            name: 'x-amzn-requestid',
            value: `0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1${id.padStart(2, '0').slice(-2)}`,
          },
          ...(status === 403 ? [{ name: 'x-amzn-errortype', value: 'ForbiddenException' }] : []),
        ],
        content: { mimeType: 'application/json', text: body },
      },
    },
    { id },
  );
}

/** What the panel sends for one page, in order: the row on /beta relies on the prod success for invalid-stage. */
function pageMessages(): PanelMessage[] {
  const learn = (successes: Exchange[]) =>
    envelope<PanelToWorkerEvents, 'learn'>(
      learnMessageId(successes[0]?.id ?? '', successes.length),
      'learn',
      { facts: successes.map((success) => contextFacts(success) as ContextFacts) },
    );
  const classify = (row: Exchange) =>
    envelope<PanelToWorkerEvents, 'classify'>(classifyMessageId(row.id), 'classify', {
      requestId: row.id,
      exchange: row,
      force: false,
    });
  return [
    envelope<PanelToWorkerEvents, 'reset'>('reset', 'reset', { reason: 'navigated' }),
    learn([exchange('10', '/prod/health', 200)]),
    classify(
      exchange('11', '/prod/orders', 403, [['x-api-key', 'k3yD3m0AbCdEfGhIjKlMnOpQrStUvWxYz0123456']]),
    ),
    learn([exchange('12', '/prod/orders/42', 200), exchange('13', '/prod/profile', 200)]),
    classify(
      exchange('14', '/beta/health', 403, [['x-api-key', 'k3yD3m0AbCdEfGhIjKlMnOpQrStUvWxYz0123456']]),
    ),
  ];
}

interface Stop {
  /** What the worker does (a storage call or a reply it posts, counted over the run) at which it is stopped. */
  at: number;
  /** Whether that one thing got out (storage written, reply delivered) before the worker died. */
  applied: boolean;
}

/** The life of one worker: each storage call and each reply is one step; at the stop the worker dies. */
function lifetime(counter: { steps: number }, stop: Stop | undefined, onStop: () => void) {
  let dead = false;
  return {
    /** Does one step unless the worker is dead; false when it did not live through it. */
    step(run: () => void): boolean {
      if (dead) return false;
      const index = counter.steps++;
      if (stop === undefined || index < stop.at) {
        run();
        return true;
      }
      dead = true;
      if (stop.applied) run();
      queueMicrotask(onStop);
      return false;
    },
  };
}

type Lifetime = ReturnType<typeof lifetime>;

/** storage.session as one worker sees it: a dead worker's calls apply nothing and never answer. */
function stoppableSession(shared: SessionStore, life: Lifetime): SessionStore {
  const call = <T>(run: () => Promise<T>): Promise<T> => {
    let result: Promise<T> = new Promise<T>(() => {});
    return life.step(() => {
      // Applied now, answered a task later: the worker's own microtasks (a reply) run before storage answers.
      const applied = run();
      result = applied.then((value) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 0)));
    })
      ? result
      : new Promise<T>(() => {});
  };
  return {
    get: (key) => call(() => shared.get(key)),
    getMany: (keys) => call(() => shared.getMany(keys)),
    set: (values) => call(() => shared.set(values)),
    keys: () => call(() => shared.keys()),
    remove: (keys) => call(() => shared.remove(keys)),
  };
}

/** A worker's modules, loaded afresh: a stopped worker's queues and caches do not carry over, as in the browser. */
async function freshWorkerModules() {
  vi.resetModules();
  const [{ registerPanelPorts }, { tabSessionStore }] = await Promise.all([
    import('./panel-ports.ts'),
    import('./tab-session-store.ts'),
  ]);
  return { registerPanelPorts, tabSessionStore };
}

type WorkerModules = Awaited<ReturnType<typeof freshWorkerModules>>;

/** One side of a port pair; the other side's listeners get what this side posts, while the pair is alive. */
class PortEnd implements PortLike {
  other: PortEnd | undefined;
  alive = true;
  readonly #onMessage: Array<(message: unknown) => void> = [];
  readonly #onDisconnect: Array<() => void> = [];
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.#onMessage.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.#onDisconnect.push(listener) };
  constructor(
    readonly name: string,
    /** The worker's end posts as steps of the worker's life. */
    readonly life?: Lifetime,
  ) {}
  postMessage(message: unknown): void {
    if (!this.alive) throw new Error('Attempting to use a disconnected port object');
    const other = this.other;
    const copy = structuredClone(message);
    // Delivered later, as a browser does, and only if the far end is still there then.
    const deliver = () =>
      queueMicrotask(() => {
        if (other?.alive) for (const listener of other.#onMessage) listener(copy);
      });
    if (this.life) this.life.step(deliver);
    else deliver();
  }
  disconnect(): void {
    this.alive = false;
  }
  /** The far end died: this end is told. */
  dropped(): void {
    if (!this.alive) return;
    this.alive = false;
    for (const listener of this.#onDisconnect) listener();
  }
}

/** Runs one page through workers stopped as `stop` says; resolves with every answer and the stored context. */
async function run(stop: Stop | undefined, workers: WorkerModules[]) {
  const data = new Map<string, unknown>();
  const shared = memorySession(data);
  const counter = { steps: 0 };
  let next = 0;
  let ports: PortEnd[] = [];
  let currentListener: ((port: PortLike) => void) | undefined;
  let currentLife: Lifetime | undefined;
  const startWorker = () => {
    const modules = workers[next++];
    if (!modules) throw new Error('more worker starts than prepared');
    const workerPorts: PortEnd[] = [];
    const life = lifetime(counter, next === 1 ? stop : undefined, () => {
      // The worker is gone (the next connection starts a new one): its ends close, the panel's ends hear of it.
      currentListener = undefined;
      for (const port of workerPorts) {
        port.alive = false;
        port.other?.dropped();
      }
    });
    currentLife = life;
    const session = stoppableSession(shared, life);
    modules.registerPanelPorts(
      fakeBackgroundServices({
        session,
        onPortConnected: (listener) => {
          currentListener = (port) => {
            workerPorts.push(port as PortEnd);
            listener(port);
          };
        },
      }),
      modules.tabSessionStore(session),
    );
  };
  const answers = new Map<string, unknown>();
  const panel = createReconnectingPort<PanelMessage, WorkerMessage>({
    connect: () => {
      if (!currentListener) startWorker();
      const mine = new PortEnd(panelPortName(TAB));
      const theirs = new PortEnd(panelPortName(TAB), currentLife);
      mine.other = theirs;
      theirs.other = mine;
      ports = [...ports, mine];
      currentListener?.(theirs);
      return mine;
    },
    isIncoming: isWorkerMessage,
    onMessage: (message) => {
      if (message.type === 'diagnosis') answers.set(message.id, causesOf(message.payload.diagnosis));
      else answers.set(message.id, message.type);
    },
    onGiveUp: (requests) => {
      throw new Error(`gave up ${requests.map((r) => r.id).join(', ')}`);
    },
  });
  for (const message of pageMessages()) panel.send(message);
  for (let i = 0; i < 2000 && panel.pendingCount() > 0; i += 1)
    await new Promise((resolve) => setTimeout(resolve, 0));
  expect(panel.pendingCount(), 'every message answered').toBe(0);
  return {
    answers: Object.fromEntries(answers),
    context: data.get(tabSessionKeys.context(TAB)),
    steps: counter.steps,
  };
}

function causesOf(diagnosis: Diagnosis): string[] {
  return diagnosis.causes.map((cause) => cause.id);
}

describe('a worker stopped at any storage call', () => {
  it('loses no session context and changes no diagnosis', async () => {
    const baseline = await run(undefined, [await freshWorkerModules()]);
    expect(Object.keys(baseline.answers)).toHaveLength(pageMessages().length);
    expect((baseline.answers['classify:14'] as string[])[0]).toBe('invalid-stage');
    for (let at = 0; at < baseline.steps; at += 1) {
      for (const applied of [false, true]) {
        const stopped = await run({ at, applied }, [await freshWorkerModules(), await freshWorkerModules()]);
        expect({ at, applied, ...stopped, steps: undefined }).toEqual({
          at,
          applied,
          ...baseline,
          steps: undefined,
        });
      }
    }
  });
});
