import {
  classify,
  type Exchange,
  emptyContext,
  exchangeFromHarEntry,
  type HarEntryLike,
} from '../core/index.ts';
import type { LiveOutcome } from '../shared/live-protocol.ts';
import type { ReplayRequest } from '../shared/replay-plan.ts';

/**
 * Sends one request from the worker on the user's behalf and turns the answer into an Exchange, exactly as if
 * DevTools had captured it. Cookies are never sent (`credentials: 'omit'`): the answer is what an anonymous
 * caller with these headers gets, and the UI says so.
 */

export type LiveAnswer =
  /** `entry` is the same request and answer as a HAR entry (body included), for export. */
  | { kind: 'answered'; exchange: Exchange; entry: HarEntryLike }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'network-error'; message: string }
  | { kind: 'redirect-not-followed'; url: string };

/** An answer classified on its own (empty context): the rest of the session says nothing about a re-sent request. */
export function diagnosedOutcome(answer: LiveAnswer, notResent: string[]): LiveOutcome {
  if (answer.kind !== 'answered') return answer;
  const diagnosis = classify(answer.exchange, emptyContext());
  return { kind: 'answered', exchange: answer.exchange, entry: answer.entry, diagnosis, notResent };
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Error bodies are small; core keeps only the first 64 KiB of text anyway. */
const MAX_BODY_BYTES = 128 * 1024;

export interface LiveRequestOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
}

export async function sendLiveRequest(
  request: ReplayRequest,
  options: LiveRequestOptions = {},
): Promise<LiveAnswer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const send = options.fetch ?? fetch;
  const startedDateTime = (options.now?.() ?? new Date()).toISOString();
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await send(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      credentials: 'omit',
      cache: 'no-store',
      // Following a redirect would re-send the captured headers (x-api-key, Authorization) to wherever it points,
      // an origin the user never granted. The browser hides a manual redirect's status and Location from
      // extensions (an opaque redirect), so all we can say is that there was one.
      redirect: 'manual',
      signal,
    });
    if (response.type === 'opaqueredirect') return { kind: 'redirect-not-followed', url: request.url };
    bytes = request.method === 'HEAD' ? new Uint8Array() : await readBounded(response, MAX_BODY_BYTES);
  } catch (error) {
    if (signal.aborted) return { kind: 'timeout', timeoutMs };
    return { kind: 'network-error', message: error instanceof Error ? error.message : String(error) };
  }
  const mimeType = response.headers.get('content-type') ?? undefined;
  const entry: HarEntryLike = {
    startedDateTime,
    request: {
      method: request.method,
      url: response.url || request.url,
      headers: request.headers.map(([name, value]) => ({ name, value })),
      ...(request.body !== undefined ? { postData: { text: request.body } } : {}),
    },
    response: {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers].map(([name, value]) => ({ name, value })),
      content: {
        text: toBase64(bytes),
        encoding: 'base64',
        size: bytes.length,
        ...(mimeType ? { mimeType } : {}),
      },
    },
  };
  const exchange = exchangeFromHarEntry(entry, { id: `live:${crypto.randomUUID()}` });
  return { kind: 'answered', exchange, entry };
}

async function readBounded(response: Response, limit: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  await reader.cancel().catch(() => undefined);
  const joined = new Uint8Array(Math.min(total, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, joined.length - offset);
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so String.fromCharCode never gets more arguments than the engine allows.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
