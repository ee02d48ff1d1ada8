import type { HarEntryLike } from '../../core/index.ts';

/** Per-response ids AWS and CloudFront send: they tell apart identical requests made in the same millisecond. */
const RESPONSE_ID_HEADERS = new Set([
  'x-amzn-requestid',
  'apigw-requestid',
  'x-amz-cf-id',
  'x-amz-request-id',
]);

/**
 * DevTools hides its request ids from extensions (getHAR() even deletes `_requestId`), yet the same request can
 * reach the panel twice: live, and again in the getHAR() backfill. What both copies share identifies it: start
 * time, method, URL, status, duration and the response's own id headers. FNV-1a keeps the id short.
 */
export function requestIdFor(entry: HarEntryLike & { time?: number }): string {
  if (entry._requestId) return entry._requestId;
  const responseIds = (entry.response.headers ?? [])
    .filter((header) => RESPONSE_ID_HEADERS.has(header.name.toLowerCase()))
    .map((header) => header.value);
  const key = [
    entry.startedDateTime ?? '',
    entry.request.method,
    entry.request.url,
    entry.response.status,
    entry.time ?? '',
    ...responseIds,
  ].join('\u0000');
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `r${hash.toString(36)}-${key.length.toString(36)}`;
}
