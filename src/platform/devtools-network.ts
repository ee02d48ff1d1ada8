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

function toCaptured(request: unknown): CapturedRequest {
  const source = request as DevtoolsRequest & CapturedEntry;
  // Copy the plain HAR fields so no live DevTools object leaks into app state.
  const entry = JSON.parse(JSON.stringify(source)) as CapturedEntry;
  return {
    entry,
    async getContent() {
      if (typeof source.getContent !== 'function') return {};
      try {
        const answer = callbackOrPromise((callback) => source.getContent(callback));
        return normalizeContent(await withDeadline(answer, CONTENT_DEADLINE_MS, []));
      } catch {
        return {};
      }
    },
  };
}

export function onRequestFinished(listener: (request: CapturedRequest) => void): Unsubscribe {
  const network = devtoolsApi().network;
  const handler = (request: unknown) => listener(toCaptured(request));
  network.onRequestFinished.addListener(handler);
  return () => network.onRequestFinished.removeListener(handler);
}

/**
 * Everything DevTools recorded for the inspected tab so far: requests made before our panel was first shown
 * never reach onRequestFinished, but they are in getHAR(). Chrome gives each entry a getContent() too.
 * (The polyfill does not wrap getHAR, hence the callback-or-promise call.)
 */
export async function getRecordedRequests(): Promise<CapturedRequest[]> {
  const [log] = await callbackOrPromise<[unknown]>((callback) => devtoolsApi().network.getHAR(callback));
  const entries = (log as { entries?: unknown[] } | undefined)?.entries;
  return Array.isArray(entries) ? entries.map(toCaptured) : [];
}

export function onNavigated(listener: (url: string) => void): Unsubscribe {
  const network = devtoolsApi().network;
  network.onNavigated.addListener(listener);
  return () => network.onNavigated.removeListener(listener);
}
