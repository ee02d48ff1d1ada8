import { browser } from './browser.ts';

/**
 * storage.session outlives the service worker (Chrome stops it after ~30 s idle) but not the browser session;
 * storage.local keeps user settings.
 */
export const sessionStore = {
  async get<T>(key: string): Promise<T | undefined> {
    const found = await browser.storage.session.get(key);
    return found[key] as T | undefined;
  },
  async getMany(keys: string[]): Promise<Record<string, unknown>> {
    return keys.length === 0 ? {} : browser.storage.session.get(keys);
  },
  async set(values: Record<string, unknown>): Promise<void> {
    await browser.storage.session.set(values);
  },
  async keys(): Promise<string[]> {
    return Object.keys(await browser.storage.session.get(null));
  },
  async remove(keys: string[]): Promise<void> {
    if (keys.length > 0) await browser.storage.session.remove(keys);
  },
};

export const settingsStore = {
  async get<T>(key: string): Promise<T | undefined> {
    const found = await browser.storage.local.get(key);
    return found[key] as T | undefined;
  },
  async set(key: string, value: unknown): Promise<void> {
    await browser.storage.local.set({ [key]: value });
  },
};
