import type { CapturedEntry, CapturedRequest, ResponseContent } from '../shared/captured-request.ts';
import { callbackOrPromise } from './callback-or-promise.ts';
import { devtoolsApi } from './devtools-api.ts';

export type Unsubscribe = () => void;

interface DevtoolsRequest {
  getContent(callback: (content: string | null, encoding: string) => void): unknown;
}

/** Chrome hands getContent `(content, encoding)`; Firefox's promise resolves `[content, mimeType]`. */
function normalizeContent(args: unknown[]): ResponseContent {
  const [first, second] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const text = typeof first === 'string' ? first : undefined;
  const encoding = second === 'base64' ? 'base64' : undefined;
  return { ...(text === undefined ? {} : { text }), ...(encoding ? { encoding } : {}) };
}

/**
 * DevTools does not always call getContent back (a resource it already dropped); without a deadline one such
 * request would hold its row back forever. Past it, the body is treated as unknown.
 */
const CONTENT_DEADLINE_MS = 5000;

function withDeadline<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Firefox's getHAR() entries carry the body in `response.content.text` and have no getContent(): it is read there. */
function inlineBody(entry: CapturedEntry): ResponseContent {
  const content = entry.response.content as ResponseContent | undefined;
  if (content?.text === undefined) return {};
  return { text: content.text, ...(content.encoding === 'base64' ? { encoding: 'base64' } : {}) };
}

/**
 * A finished request as DevTools handed it over. The entry is not copied here: most requests are dropped by the
 * pre-filter after a few reads, and the capture copies only what it keeps (`keptEntry`). A class, so a request
 * costs one small object and no closures.
 */
class DevtoolsCapturedRequest implements CapturedRequest {
  constructor(readonly entry: CapturedEntry) {}

  async getContent(): Promise<ResponseContent> {
    const source = this.entry as CapturedEntry & Partial<DevtoolsRequest>;
    if (typeof source.getContent !== 'function') return inlineBody(this.entry);
    try {
      const answer = callbackOrPromise((callback) => source.getContent?.(callback));
      return normalizeContent(await withDeadline(answer, CONTENT_DEADLINE_MS, []));
    } catch {
      return {};
    }
  }
}

const toCaptured = (request: unknown): CapturedRequest =>
  new DevtoolsCapturedRequest(request as CapturedEntry);

export function onRequestFinished(listener: (request: CapturedRequest) => void): Unsubscribe {
  const network = devtoolsApi().network;
  const handler = (request: unknown) => listener(toCaptured(request));
  network.onRequestFinished.addListener(handler);
  return () => network.onRequestFinished.removeListener(handler);
}

interface HarLog {
  pages?: Array<{ id?: unknown; title?: unknown }>;
  entries?: unknown[];
}

async function readHar(): Promise<HarLog> {
  const [log] = await callbackOrPromise<[unknown]>((callback) => devtoolsApi().network.getHAR(callback));
  return (log ?? {}) as HarLog;
}

/**
 * Firefox answers an empty log while its network monitor starts (the first getHAR() of a toolbox), and the
 * recorded requests a moment later: an empty answer is asked again before it is believed.
 */
export const EMPTY_LOG_RETRIES = 3;
export const EMPTY_LOG_RETRY_MS = 250;

/**
 * Chromium marks the page's own document request `_resourceType: "document"` (the panel reads it to tell whether
 * DevTools opened after the page loaded). Firefox has no `_resourceType`, but names each HAR page by its URL:
 * the entry of that page with that URL is its document request, and is marked the same way.
 */
function documentMarker(log: HarLog): (entry: CapturedEntry) => CapturedEntry {
  const pageUrls = new Map((log.pages ?? []).map((page) => [page.id, page.title]));
  return (entry) => {
    const pageref = (entry as { pageref?: unknown }).pageref;
    const isDocument = entry._resourceType === undefined && pageUrls.get(pageref) === entry.request.url;
    return isDocument ? { ...entry, _resourceType: 'document' } : entry;
  };
}

/**
 * Everything DevTools recorded for the inspected tab so far: requests made before our panel was first shown
 * never reach onRequestFinished, but they are in getHAR(). Chrome gives each entry a getContent() too.
 * (The polyfill does not wrap getHAR, hence the callback-or-promise call.)
 */
export async function getRecordedRequests(): Promise<CapturedRequest[]> {
  let log = await readHar();
  for (let retry = 0; retry < EMPTY_LOG_RETRIES && (log.entries ?? []).length === 0; retry++) {
    await new Promise((resolve) => setTimeout(resolve, EMPTY_LOG_RETRY_MS));
    log = await readHar();
  }
  const entries = (Array.isArray(log.entries) ? log.entries : []) as CapturedEntry[];
  return entries.map(documentMarker(log)).map(toCaptured);
}

export function onNavigated(listener: (url: string) => void): Unsubscribe {
  const network = devtoolsApi().network;
  network.onNavigated.addListener(listener);
  return () => network.onNavigated.removeListener(listener);
}
