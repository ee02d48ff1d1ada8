/**
 * The one HAR pipeline (CLI, analyzer page, exports): read → core's pre-filter (`relevanceOf`) →
 * session context → `classify` → report entries.
 * Classification needs the context of the whole session (a stage that worked elsewhere, signed
 * calls to the same API), so a file is read twice when it is streamed: pass one builds the context
 * (a small summary, not the exchanges) and collects warnings; pass two classifies entry by entry.
 * Held in memory, a file is read once. Both give the same items in the same order.
 * Every entry comes out; one the pre-filter keeps from `classify` costs nothing until its lazy parts
 * are read, so a caller keeps the unflagged entries it wants (`--all`, the analyzer's "all 4xx").
 */
import {
  addToContext,
  classify,
  type Diagnosis,
  type Exchange,
  emptyContext,
  exchangeFromHarEntry,
  type Relevance,
  type ReportEntry,
  relevanceOf,
  type SessionContext,
  toReportEntry,
  unflaggedDiagnosis,
  whoAnswered,
} from '../core/index.ts';
import type { HarError, HarWarning } from './issues.ts';
import { type HarLogHead, readHarStream, readHarText } from './read.ts';
import type { HarChunk } from './scanner.ts';
import type { HarEntry } from './types.ts';
import { type HarSchemaValidator, SchemaWarnings } from './validate.ts';

/** A file in memory, or a way to read it from the start as often as needed. */
export type HarSource = { text: string } | { open: () => AsyncIterable<HarChunk> | Iterable<HarChunk> };

export interface AnalyzedEntry {
  index: number;
  entry: HarEntry;
  /** What core's pre-filter made of the entry; only a `candidate` was classified. */
  relevance: Relevance;
  /** `report.flagged`, known without building the report of an entry that cannot be flagged. */
  flagged: boolean;
  exchange: Exchange;
  diagnosis: Diagnosis;
  report: ReportEntry;
}

/**
 * `start` (the log's own fields and every warning, known after pass one), then each entry in file
 * order, then `end`. An `error` instead means the file cannot be analysed; nothing follows it. With
 * `keepEntriesBeforeError`, a damaged file gives the entries before the damage, then the `error`.
 */
export type AnalysisItem =
  | { type: 'start'; log: HarLogHead; warnings: HarWarning[] }
  | ({ type: 'entry' } & AnalyzedEntry)
  | { type: 'end' }
  | { type: 'error'; error: HarError };

export interface AnalyzeOptions {
  /** Schema nits become warnings (har-validator, where it can run). */
  validator?: HarSchemaValidator;
  /** Sees every entry in pass one, before any is classified (the redactor learns secrets here). */
  onFirstPass?: (entry: HarEntry, index: number) => void;
  /** A damaged file still gives what was read before the damage (the analyzer page shows it under the error). */
  keepEntriesBeforeError?: boolean;
}

interface IndexedEntry {
  index: number;
  entry: HarEntry;
}

const WITHOUT_BODY = {};

/** How pass one over a stream ended, learnt once the entries have flowed through. */
type Outcome = { value?: { log: HarLogHead; warnings: HarWarning[] } | HarError };

/** Unreachable in practice: the reader always ends with `end` or `error`. */
const neverEnded: HarError = { code: 'truncated', path: '$' };

/** The session context of every entry read, and how the read ended. */
type FirstPass = { context: SessionContext } & (
  | { log: HarLogHead; warnings: HarWarning[] }
  | { error: HarError }
);

/**
 * Each entry's id: DevTools' `_requestId` is shared by the hops of a redirect, the index is unique in a file.
 */
export function entryId(index: number): string {
  return `har:${index}`;
}

/**
 * An entry that cannot be flagged. Its exchange (which decodes the body) and report are built only
 * if asked for: `analyze --all` lists it, other commands only count it.
 */
function unflaggedEntry(entry: HarEntry, index: number, relevance: Relevance): AnalyzedEntry {
  let exchange: Exchange | undefined;
  let diagnosis: Diagnosis | undefined;
  let report: ReportEntry | undefined;
  return {
    index,
    entry,
    relevance,
    flagged: false,
    get exchange() {
      exchange ??= exchangeFromHarEntry(entry, { index, id: entryId(index) });
      return exchange;
    },
    get diagnosis() {
      diagnosis ??= unflaggedDiagnosis(this.exchange, whoAnswered(this.exchange).layer);
      return diagnosis;
    },
    get report() {
      report ??= toReportEntry(this.exchange, this.diagnosis);
      return report;
    },
  };
}

function analyzeEntry(entry: HarEntry, index: number, context: SessionContext): AnalyzedEntry {
  const relevance = relevanceOf(entry, { knownGatewayDomains: context.gatewayDomains, bodyAtHand: true });
  if (relevance !== 'candidate') return unflaggedEntry(entry, index, relevance);
  const exchange = exchangeFromHarEntry(entry, { index, id: entryId(index) });
  const diagnosis = classify(exchange, context);
  const report = toReportEntry(exchange, diagnosis);
  return { index, entry, relevance, flagged: report.flagged, exchange, diagnosis, report };
}

async function firstPass(
  entries: AsyncIterable<IndexedEntry> | Iterable<IndexedEntry>,
  end: () => { log: HarLogHead; warnings: HarWarning[] } | HarError,
  options: AnalyzeOptions,
): Promise<FirstPass> {
  let context = emptyContext();
  const schema = options.validator ? new SchemaWarnings(options.validator) : undefined;
  for await (const { index, entry } of entries) {
    // The session context reads status, host, path and headers, never bodies: decoding every body
    // (base64 images, megabytes of JS) twice was most of the time spent on big files.
    context = addToContext(context, exchangeFromHarEntry(entry, { index, content: WITHOUT_BODY }));
    await schema?.checkEntry(entry, index);
    options.onFirstPass?.(entry, index);
  }
  const ended = end();
  if ('code' in ended) return { context, error: ended };
  await schema?.checkLog(ended.log);
  return { context, log: ended.log, warnings: [...ended.warnings, ...(schema?.list() ?? [])] };
}

/** Pass one over a stream: entries flow through, `end` or `error` is remembered for afterwards. */
async function* streamedEntries(
  chunks: AsyncIterable<HarChunk> | Iterable<HarChunk>,
  outcome: Outcome,
): AsyncGenerator<IndexedEntry> {
  for await (const item of readHarStream(chunks)) {
    if (item.type === 'entry') yield item;
    else if (item.type === 'end') outcome.value = { log: item.log, warnings: item.warnings };
    else outcome.value = item.error;
  }
}

/** Pass two: each entry classified (or not) against the whole file's context. */
async function* classified(
  entries: AsyncIterable<IndexedEntry> | Iterable<IndexedEntry>,
  context: SessionContext,
): AsyncGenerator<AnalysisItem> {
  for await (const { index, entry } of entries) {
    // Assigned, not spread: spreading would build the lazy parts of an unflagged entry.
    yield Object.assign(analyzeEntry(entry, index, context), { type: 'entry' as const });
  }
}

/** Reads, checks and classifies a whole file; see AnalysisItem for what comes out, in which order. */
export async function* analyzeHar(
  source: HarSource,
  options: AnalyzeOptions = {},
): AsyncGenerator<AnalysisItem> {
  let pass: FirstPass;
  let secondPass: { entries: AsyncIterable<IndexedEntry> | Iterable<IndexedEntry>; outcome: Outcome };
  if ('text' in source) {
    const read = readHarText(source.text);
    if (!read.ok) {
      // Parsed whole, a damaged file has no entries; read as a stream, it has those before the damage.
      if (options.keepEntriesBeforeError) yield* analyzeHar({ open: () => [source.text] }, options);
      else yield { type: 'error', error: read.error };
      return;
    }
    const { entries, ...log } = read.har.log;
    const indexed = entries.map((entry, index) => ({ index, entry }));
    pass = await firstPass(indexed, () => ({ log, warnings: read.warnings }), options);
    secondPass = { entries: indexed, outcome: {} };
  } else {
    const outcome: Outcome = {};
    pass = await firstPass(
      streamedEntries(source.open(), outcome),
      () => outcome.value ?? neverEnded,
      options,
    );
    const again: Outcome = {};
    secondPass = { entries: streamedEntries(source.open(), again), outcome: again };
  }
  if ('error' in pass) {
    // The second read stops at the same damage.
    if (options.keepEntriesBeforeError) yield* classified(secondPass.entries, pass.context);
    yield { type: 'error', error: pass.error };
    return;
  }
  yield { type: 'start', log: pass.log, warnings: pass.warnings };
  yield* classified(secondPass.entries, pass.context);
  // Pass one checked the whole file: a second read that fails means the file changed meanwhile.
  const changed = secondPass.outcome.value;
  if (changed !== undefined && 'code' in changed) {
    yield { type: 'error', error: changed };
    return;
  }
  yield { type: 'end' };
}
