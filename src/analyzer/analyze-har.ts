import {
  addToContext,
  classify,
  type Diagnosis,
  type Exchange,
  emptyContext,
  exchangeFromHarEntry,
} from '../core/index.ts';
import type { HarError, HarWarning } from '../har/issues.ts';
import { readHarStream } from '../har/read.ts';
import type { HarChunk } from '../har/scanner.ts';
import type { HarEntry } from '../har/types.ts';
import { relevanceOf } from '../panel/capture/relevance.ts';

/**
 * Analyses a HAR file of any size entry by entry, in the page, with nothing sent anywhere. The session context
 * (stages, paths and signatures that worked) is built from EVERY entry, but only the entries the panel would list
 * are kept (the panel's own pre-filter decides): candidates with their bodies, other 4xx and failed requests
 * without, so memory stays bounded by what the list shows.
 */

export interface AnalyzedEntry {
  /** The entry as read (response body dropped for entries that are not candidates), for export. */
  entry: HarEntry;
  exchange: Exchange;
  diagnosis: Diagnosis;
  /** Passed the pre-filter and was classified; the others are listed (in "all 4xx") as not flagged. */
  candidate: boolean;
}

export interface HarAnalysis {
  entries: AnalyzedEntry[];
  /** Entries read before the end of the file or the first error. */
  entryCount: number;
  warnings: HarWarning[];
  /** Why the reader stopped early; the entries read before it are still analysed. */
  error?: HarError;
}

export interface AnalyzeOptions {
  /** Called after each entry read; for a progress line on big files. */
  onEntry?: (entryCount: number) => void;
}

function notFlagged(exchange: Exchange): Diagnosis {
  return { exchangeId: exchange.id, flagged: false, origin: 'unknown', causes: [], facts: {} };
}

/** A listed (non-candidate) entry is shown without its body, as the panel does: the body is not evidence. */
function withoutBody(entry: HarEntry, exchange: Exchange): Omit<AnalyzedEntry, 'diagnosis'> {
  const { text: _dropped, ...content } = entry.response.content ?? {};
  return {
    entry: { ...entry, response: { ...entry.response, content } },
    exchange: { ...exchange, body: { kind: 'absent' } },
    candidate: false,
  };
}

export async function analyzeHar(
  chunks: AsyncIterable<HarChunk> | Iterable<HarChunk>,
  options: AnalyzeOptions = {},
): Promise<HarAnalysis> {
  let context = emptyContext();
  const kept: Array<Omit<AnalyzedEntry, 'diagnosis'>> = [];
  let entryCount = 0;
  let warnings: HarWarning[] = [];
  let error: HarError | undefined;
  for await (const item of readHarStream(chunks)) {
    if (item.type === 'error') {
      error = item.error;
    } else if (item.type === 'end') {
      warnings = item.warnings;
    } else {
      entryCount += 1;
      const exchange = exchangeFromHarEntry(item.entry, { index: item.index, id: `har:${item.index}` });
      context = addToContext(context, exchange);
      const relevance = relevanceOf(item.entry);
      if (relevance === 'candidate') kept.push({ entry: item.entry, exchange, candidate: true });
      if (relevance === 'listed') kept.push(withoutBody(item.entry, exchange));
      options.onEntry?.(entryCount);
    }
  }
  const entries = kept.map((item) => ({
    ...item,
    diagnosis: item.candidate ? classify(item.exchange, context) : notFlagged(item.exchange),
  }));
  return { entries, entryCount, warnings, ...(error ? { error } : {}) };
}
