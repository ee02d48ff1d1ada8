import type { HarEntryLike } from '../../core/index.ts';

/**
 * DevTools hides its request ids from extensions (getHAR() even deletes `_requestId`), yet the same request can
 * reach the panel twice: live, and again in the getHAR() backfill. Start time + method + URL + status identify a
 * request within one page's log; FNV-1a keeps the id short.
 */
export function requestIdFor(entry: HarEntryLike): string {
  if (entry._requestId) return entry._requestId;
  const key = `${entry.startedDateTime ?? ''}\u0000${entry.request.method}\u0000${entry.request.url}\u0000${entry.response.status}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `r${hash.toString(36)}-${key.length.toString(36)}`;
}
