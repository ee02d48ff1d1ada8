import { sessionStore } from '../platform/storage.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import { MENU_RESULT_PREFIX, menuResultKey } from '../shared/storage-keys.ts';

/** Results are read once by the page that opens; a few recent ones are kept so "back" still works. */
const KEEP_RESULTS = 20;

/** Stores a result in storage.session (the worker may stop before the result page reads it). */
export async function saveMenuResult(result: MenuResult): Promise<void> {
  await sessionStore.set({ [menuResultKey(result.id)]: result });
  const keys = (await sessionStore.keys()).filter((key) => key.startsWith(MENU_RESULT_PREFIX));
  if (keys.length <= KEEP_RESULTS) return;
  const stored = await sessionStore.getMany(keys);
  const oldestFirst = keys.sort((a, b) =>
    String((stored[a] as MenuResult | undefined)?.requestedAt).localeCompare(
      String((stored[b] as MenuResult | undefined)?.requestedAt),
    ),
  );
  await sessionStore.remove(oldestFirst.slice(0, keys.length - KEEP_RESULTS));
}
