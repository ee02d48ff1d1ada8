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
 * reach the panel twice: live, and again in the getHAR() backfill. The id is built from what both copies give
 * identically: start time, method, URL, status and the response's own id headers. Not the duration: getHAR() also
 * lists requests still loading (status and headers in, body not), whose `time`, `timings.receive`, `content.size`
 * and `bodySize` are what they were at that moment (4 ms and 11 bytes in a getHAR() copy of a request whose live
 * copy says 1,504 ms and 36 bytes). FNV-1a keeps the id short.
 */
export function requestIdFor(entry: HarEntryLike): string {
  if (entry._requestId) return entry._requestId;
  let key = `${entry.startedDateTime ?? ''}\u0000${entry.request.method}\u0000${entry.request.url}\u0000${entry.response.status}`;
  for (const header of entry.response.headers ?? []) {
    if (RESPONSE_ID_HEADERS.has(header.name.toLowerCase())) key += `\u0000${header.value}`;
  }
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `r${hash.toString(36)}-${key.length.toString(36)}`;
}
