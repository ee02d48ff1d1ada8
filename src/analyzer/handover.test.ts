import { describe, expect, it } from 'vitest';
import { type HandoverStore, takeHandedOverHar } from './handover.ts';

function mapStore(entries: Record<string, unknown>): HandoverStore & { keys(): string[] } {
  const map = new Map(Object.entries(entries));
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    remove: async (keys) => {
      for (const key of keys) map.delete(key);
    },
    keys: () => [...map.keys()],
  };
}

describe('takeHandedOverHar', () => {
  it('returns the handed-over HAR and removes it from the session store in the same step', async () => {
    const store = mapStore({ 'handover:1': '{"log":{"entries":[]}}', 'tab:7': 'kept' });
    expect(await takeHandedOverHar(store, 'handover:1')).toBe('{"log":{"entries":[]}}');
    expect(store.keys()).toEqual(['tab:7']);
    expect(await takeHandedOverHar(store, 'handover:1')).toBeUndefined();
  });

  it('removes it even when reading fails', async () => {
    const store = mapStore({ 'handover:2': 'x' });
    const failing: HandoverStore = { get: () => Promise.reject(new Error('gone')), remove: store.remove };
    await expect(takeHandedOverHar(failing, 'handover:2')).rejects.toThrow('gone');
    expect(store.keys()).toEqual([]);
  });
});
