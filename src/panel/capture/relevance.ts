import type { HarEntryLike } from '../../core/index.ts';
import { GATEWAY_ID_HEADERS, isCandidate, isExecuteApiHost } from '../../core/index.ts';

export type Relevance =
  /** Worth a getContent() and a diagnosis: an error API Gateway (or what is in front of it) may explain. */
  | 'candidate'
  /** A success from an API Gateway host: no row, but the worker learns from it (a stage or path that works). */
  | 'context'
  /** A row in the "all 4xx" view, or a request a failed preflight blocked; no body is fetched. */
  | 'listed'
  | 'ignored';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The cheap pre-filter, on the HAR entry alone, before anything costs a getContent() or a message. */
export function relevanceOf(entry: HarEntryLike): Relevance {
  const status = entry.response.status;
  const responseHeaders = entry.response.headers ?? [];
  const input = {
    status,
    url: entry.request.url,
    method: entry.request.method,
    responseHeaders,
    requestHeaders: entry.request.headers ?? [],
  };
  if (isCandidate(input)) return 'candidate';
  if (status >= 400 && status < 500) return 'listed';
  if (status === 0 && (entry.response._error ?? entry._error)) return 'listed';
  if (status < 200 || status >= 400) return 'ignored';
  const fromGateway =
    responseHeaders.some((h) => GATEWAY_ID_HEADERS.includes(h.name.toLowerCase())) ||
    isExecuteApiHost(hostOf(entry.request.url));
  return fromGateway ? 'context' : 'ignored';
}
