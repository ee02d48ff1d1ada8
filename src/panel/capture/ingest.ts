import {
  type ContextFacts,
  contextFacts,
  type Exchange,
  exchangeFromHarEntry,
  relevanceOf,
  unflaggedDiagnosis,
} from '../../core/index.ts';
import type { CapturedEntry, CapturedRequest, ResponseContent } from '../../shared/captured-request.ts';
import type { NewRecord } from '../../ui/state/actions.ts';
import type { ContextEntry, Timings } from '../../ui/state/types.ts';
import { contextEntryOf, keptEntry } from './kept-entry.ts';
import { requestIdFor } from './request-id.ts';

export interface CaptureSink {
  has(requestId: string): boolean;
  add(record: NewRecord): void;
  /** Keep a success the worker learns from, for export: no row. */
  keepContext(context: ContextEntry): void;
  /** Ask the worker to diagnose a row's exchange. */
  classify(requestId: string, exchange: Exchange): void;
  /** Ask the worker to learn from a success (no row, no diagnosis): the few facts its context keeps. */
  learn(requestId: string, facts: ContextFacts): void;
}

const TIMING_NAMES = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const;

function timingsOf(entry: CapturedEntry): Timings | undefined {
  const source = entry.timings;
  if (!source) return undefined;
  const timings: Timings = {};
  for (const name of TIMING_NAMES) {
    const value = source[name];
    if (typeof value === 'number') timings[name] = value;
  }
  return timings;
}

function preflightTargetOf(entry: CapturedEntry): string | undefined {
  const initiator = entry._initiator as { type?: unknown; url?: unknown } | undefined;
  return initiator?.type === 'preflight' && typeof initiator.url === 'string' ? initiator.url : undefined;
}

function withContent(
  entry: CapturedEntry,
  content: { text?: string; encoding?: string } | undefined,
): CapturedEntry {
  if (content?.text === undefined) return entry;
  const response = { ...entry.response, content: { ...entry.response.content, ...content } };
  return { ...entry, response };
}

/** The body size the response announced: its own count, or its content-length header. */
function declaredBodySize(entry: CapturedEntry): number {
  const { response } = entry as CapturedEntry & { response: { bodySize?: number } };
  const lengthHeader = response.headers?.find(
    (header) => header.name.toLowerCase() === 'content-length',
  )?.value;
  return Math.max(response.bodySize ?? 0, Number(lengthHeader) || 0);
}

/**
 * DevTools keeps no body for some responses (one the page's CORS check rejected, an evicted resource): getContent
 * gives nothing and the entry says `content.size: 0`, though the server sent bytes. Read as is, that is an empty
 * body, itself evidence (WAF blocks are empty); so then the entry is told the body is unknown, not empty.
 */
function withKnownBody(
  entry: CapturedEntry,
  content: ResponseContent,
): { entry: CapturedEntry; content?: ResponseContent } {
  const gotText = content.text !== undefined && content.text !== '';
  if (gotText || declaredBodySize(entry) === 0) return { entry, content };
  const { mimeType } = entry.response.content ?? {};
  const unknownBody = mimeType === undefined ? {} : { mimeType };
  return { entry: { ...entry, response: { ...entry.response, content: unknownBody } } };
}

/**
 * One finished request → maybe a row and a diagnosis request. The decision reads DevTools' entry as handed over;
 * only what gets a row is copied, and only candidates cost a getContent(). Other 4xx are listed without their
 * body; successes from API Gateway hosts only feed the worker's session context, reduced to what it reads.
 * Synchronous but for candidates, which wait for their body: an ordinary request costs no promise.
 */
export function ingest(
  captured: CapturedRequest,
  backfilled: boolean,
  sink: CaptureSink,
): Promise<void> | undefined {
  const live = captured.entry;
  const relevance = relevanceOf(live);
  if (relevance === 'ignored') return undefined;
  const id = requestIdFor(live);
  if (sink.has(id)) return undefined;
  if (relevance === 'context') {
    const entry = contextEntryOf(live);
    const exchange = exchangeFromHarEntry(entry, { id });
    sink.keepContext({ id, host: exchange.host, entry });
    const facts = contextFacts(exchange);
    if (facts) sink.learn(id, facts);
    return undefined;
  }
  const entry = keptEntry(live);
  if (relevance === 'listed') {
    addRow(sink, { id, backfilled, candidate: false, entry });
    return undefined;
  }
  return captured
    .getContent()
    .then((content) => addRow(sink, { id, backfilled, candidate: true, ...withKnownBody(entry, content) }));
}

interface Row {
  id: string;
  backfilled: boolean;
  candidate: boolean;
  entry: CapturedEntry;
  content?: ResponseContent;
}

function addRow(sink: CaptureSink, { id, backfilled, candidate, entry, content }: Row): void {
  const exchange = exchangeFromHarEntry(entry, {
    id,
    ...(content?.text === undefined ? {} : { content }),
  });
  const preflightFor = preflightTargetOf(entry);
  const timings = timingsOf(entry);
  sink.add({
    id,
    entry: withContent(entry, content),
    exchange,
    candidate,
    state: candidate ? 'pending' : 'diagnosed',
    backfilled,
    ...(candidate ? {} : { diagnosis: unflaggedDiagnosis(exchange) }),
    ...(typeof entry.time === 'number' ? { totalTime: entry.time } : {}),
    ...(timings ? { timings } : {}),
    ...(preflightFor ? { preflightFor } : {}),
  });
  if (candidate) sink.classify(id, exchange);
}
