import type { PortLike } from '../../messaging/port-like.ts';
import type { BackgroundServices, SessionStore } from '../services.ts';

/**
 * storage.session in memory, cloned on the way in and out as Chrome does. The map outlives any worker built on
 * it, as storage.session outlives a worker Chrome stopped: build a new store over the same map to "restart".
 */
export function memorySession(data = new Map<string, unknown>()): SessionStore {
  return {
    get: async <T>(key: string) => structuredClone(data.get(key)) as T | undefined,
    getMany: async (keys) =>
      Object.fromEntries(
        keys.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]),
      ),
    set: async (values) => {
      for (const [key, value] of Object.entries(values)) data.set(key, structuredClone(value));
    },
    keys: async () => [...data.keys()],
    remove: async (keys) => {
      for (const key of keys) data.delete(key);
    },
  };
}

function refuse(what: string): never {
  throw new Error(`the test did not expect the worker to ${what}`);
}

/** Services that fail loudly when a test did not expect them to be used; pass what the test needs. */
export function fakeBackgroundServices(overrides: Partial<BackgroundServices> = {}): BackgroundServices {
  return {
    t: (key) => key,
    session: memorySession(),
    onPortConnected: (_listener: (port: PortLike) => void) => undefined,
    onMessage: () => undefined,
    sendMessage: async () => undefined,
    hasOriginAccess: async () => false,
    requestOriginAccess: async () => ({ granted: false, reason: 'declined' }),
    menus: {
      onInstalledOrStartup: () => undefined,
      recreate: async () => undefined,
      onClicked: () => undefined,
    },
    onTabClosed: () => undefined,
    onToolbarButtonClicked: () => undefined,
    openPage: async () => refuse('open a page'),
    send: async () => refuse('send a request'),
    newId: () => 'id-1',
    now: () => new Date('2026-11-25T00:00:00.000Z'),
    ...overrides,
  };
}
