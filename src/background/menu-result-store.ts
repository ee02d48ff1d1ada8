import type { MenuResult } from '../shared/live-protocol.ts';
import { MENU_RESULT_PREFIX, menuResultKey } from '../shared/storage-keys.ts';
import type { SessionStore } from './services.ts';

/** Results are read once by the page that opens; a few recent ones are kept so "back" still works. */
const KEEP_RESULTS = 20;

/** Stores a result in storage.session (the worker may stop before the result page reads it). */
export async function saveMenuResult(session: SessionStore, result: MenuResult): Promise<void> {
  await session.set({ [menuResultKey(result.id)]: result });
  const keys = (await session.keys()).filter((key) => key.startsWith(MENU_RESULT_PREFIX));
  if (keys.length <= KEEP_RESULTS) return;
  const stored = await session.getMany(keys);
  const oldestFirst = keys.sort((a, b) =>
    String((stored[a] as MenuResult | undefined)?.requestedAt).localeCompare(
      String((stored[b] as MenuResult | undefined)?.requestedAt),
    ),
  );
  await session.remove(oldestFirst.slice(0, keys.length - KEEP_RESULTS));
}
