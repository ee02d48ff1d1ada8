import type { HarEntryLike } from '../../core/index.ts';
import { isCandidate } from '../../core/index.ts';

export type Relevance =
  /** Worth a getContent() and a diagnosis: an error API Gateway (or what is in front of it) may explain. */
  | 'candidate'
  /** A success from an API Gateway host: no row, but the worker learns from it (a stage or path that works). */
  | 'context'
  /** A row in the "all 4xx" view, or a request a failed preflight blocked; no body is fetched. */
  | 'listed'
  | 'ignored';

const GATEWAY_ID_HEADERS = new Set(['x-amzn-requestid', 'x-amz-apigw-id', 'apigw-requestid']);

function isGatewayHost(url: string): boolean {
  return /\.execute-api\.[a-z0-9-]+\.(amazonaws\.com|amazonaws\.com\.cn)(:\d+)?\//i.test(url);
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
  const succeeded = status >= 200 && status < 400;
  const fromGateway =
    isGatewayHost(entry.request.url) ||
    responseHeaders.some((h) => GATEWAY_ID_HEADERS.has(h.name.toLowerCase()));
  return succeeded && fromGateway ? 'context' : 'ignored';
}
