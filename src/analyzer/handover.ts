/** The part of the session store a hand-over needs (platform/storage.ts's sessionStore in the extension). */
export interface HandoverStore {
  get<T>(key: string): Promise<T | undefined>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Reads a HAR the panel handed over and removes it at once: it is the unredacted capture (tokens,
 * cookies), and storage.session would otherwise keep it until the browser closes. Read once, by design:
 * a reload of the analyzer page asks for the file instead.
 */
export async function takeHandedOverHar(store: HandoverStore, key: string): Promise<string | undefined> {
  try {
    return await store.get<string>(key);
  } finally {
    await store.remove([key]);
  }
}
