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
  blockedByPreflight,
  ContextBuilder,
  classify,
  type Diagnosis,
  type Exchange,
  exchangeFromHarEntry,
  isBlockedRequest,
  isFailedPreflight,
  preflightPairs,
  type Relevance,
  type ReportEntry,
  recordGaps,
  relevanceOf,
  type SessionContext,
  toReportEntry,
  type UnseenParts,
  unflaggedDiagnosis,
  whoAnswered,
} from '../core/index.ts';
import { checkEntry, checkLog } from './check.ts';
import { type HarError, type HarWarning, WarningTally } from './issues.ts';
import { type HarLogHead, readHarStream, readHarText } from './read.ts';
import type { HarChunk } from './scanner.ts';
import { type EntrySpan, entrySpans } from './split.ts';
import type { HarEntry, HarLog } from './types.ts';
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
  /**
   * Sees every entry in pass one, in file order, before any is classified (the redactor learns
   * secrets here). When the read has to start over (a file the one-pass read cannot split),
   * `onFirstPassRestart` is called first and the entries come again from the first.
   */
  onFirstPass?: (entry: HarEntry, index: number) => void;
  onFirstPassRestart?: () => void;
  /** A damaged file still gives what was read before the damage (the analyzer page shows it under the error). */
  keepEntriesBeforeError?: boolean;
  /** How far the read of a file in memory is, from 0 to 1 (a progress line); called every few hundred entries. */
  onProgress?: (fraction: number) => void;
  /**
   * Per entry (by index), the parts its source did not show, when the HAR was made from a transcript
   * (a status the transcript did not show is assumed, so only the transcript knows it is unknown).
   */
  unseen?: readonly UnseenParts[];
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
function unflaggedEntry(entryOf: () => HarEntry, index: number, relevance: Relevance): AnalyzedEntry {
  let entry: HarEntry | undefined;
  let exchange: Exchange | undefined;
  let diagnosis: Diagnosis | undefined;
  let report: ReportEntry | undefined;
  return {
    index,
    get entry() {
      entry ??= entryOf();
      return entry;
    },
    relevance,
    flagged: false,
    get exchange() {
      exchange ??= exchangeFromHarEntry(this.entry, { index, id: entryId(index) });
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

/** What the entry's record does not show: what it lacks itself, and what its transcript said it lacked. */
function unseenParts(entry: HarEntry, index: number, options: AnalyzeOptions): UnseenParts {
  return { ...recordGaps(entry), ...options.unseen?.[index] };
}

function analyzeEntry(
  entry: HarEntry,
  index: number,
  context: SessionContext,
  options: AnalyzeOptions,
): AnalyzedEntry {
  const relevance = relevanceOf(entry, { knownGatewayDomains: context.gatewayDomains, bodyAtHand: true });
  if (relevance !== 'candidate') return unflaggedEntry(() => entry, index, relevance);
  const exchange = exchangeFromHarEntry(entry, {
    index,
    id: entryId(index),
    unseen: unseenParts(entry, index, options),
  });
  const diagnosis = classify(exchange, context);
  const report = toReportEntry(exchange, diagnosis);
  return { index, entry, relevance, flagged: report.flagged, exchange, diagnosis, report };
}

/** Adds what one entry shows about its API to the session context being built. */
function learn(context: ContextBuilder, entry: HarEntry, index: number): void {
  // The session context reads status, host, path and headers, never bodies: decoding every body
  // (base64 images, megabytes of JS) twice was most of the time spent on big files.
  context.addExchange(exchangeFromHarEntry(entry, { index, content: WITHOUT_BODY }));
}

/**
 * Whether the pre-filter could call an entry with this status a candidate once the session context
 * is known: only a 4xx, or a WAF challenge (202). Any other entry's relevance is settled on sight, so
 * the one-pass read drops it after learning from it (a test holds this against `relevanceOf`).
 */
export function mayBecomeCandidate(status: number): boolean {
  // Status 0: a request a failed CORS preflight blocked, which takes the preflight's diagnosis in pass two.
  return status === 0 || status === 202 || (status >= 400 && status <= 499);
}

/** Progress is reported this often (in entries): often enough for a smooth line, rarely enough to cost nothing. */
const PROGRESS_EVERY = 512;

/** A file in memory read once: what pass two needs of every entry, without holding the parsed tree. */
interface SplitRead {
  text: string;
  spans: EntrySpan[];
  /** Per entry: the parsed entry when it is needed again, else its settled relevance (parsed again if asked for). */
  held: Array<HarEntry | Relevance>;
  context: SessionContext;
  log: HarLogHead;
  warnings: HarWarning[];
}

/**
 * The one pass over a file in memory: entries split at their braces and parsed one by one, checked,
 * shown to `onFirstPass`, learnt into the session context, and dropped unless they may be flagged
 * (parsed again if read). `undefined` when the text is not the plain shape or has any
 * problem: readHarText then gives the verdict, with the exact error and path.
 */
async function splitRead(withBom: string, options: AnalyzeOptions): Promise<SplitRead | undefined> {
  const text = withBom.charCodeAt(0) === 0xfeff ? withBom.slice(1) : withBom;
  const tally = new WarningTally();
  const schema = options.validator ? new SchemaWarnings(options.validator) : undefined;
  const spans: EntrySpan[] = [];
  const held: Array<HarEntry | Relevance> = [];
  const context = new ContextBuilder();
  const split = entrySpans(text);
  let next = split.next();
  for (; !next.done; next = split.next()) {
    const index = spans.length;
    let entry: HarEntry;
    try {
      entry = JSON.parse(text.slice(next.value.start, next.value.end)) as HarEntry;
    } catch {
      return undefined;
    }
    if (checkEntry(entry, index, tally)) return undefined;
    options.onFirstPass?.(entry, index);
    learn(context, entry, index);
    await schema?.checkEntry(entry, index);
    held.push(mayBecomeCandidate(entry.response.status) ? entry : relevanceOf(entry, { bodyAtHand: true }));
    spans.push(next.value);
    if (index % PROGRESS_EVERY === 0) options.onProgress?.(next.value.end / text.length);
  }
  if (next.value === undefined) return undefined;
  let root: unknown;
  try {
    root = JSON.parse(next.value);
  } catch {
    return undefined;
  }
  if (checkLog(root, tally)) return undefined;
  const { entries: _entries, ...log } = (root as { log: HarLog }).log;
  await schema?.checkLog(log);
  return {
    text,
    spans,
    held,
    context: context.context(),
    log,
    warnings: [...tally.list(), ...(schema?.list() ?? [])],
  };
}

/** Pass two of a split read: entries that may be flagged are classified, the others parsed again only if read. */
function* splitClassified(read: SplitRead, options: AnalyzeOptions): Generator<AnalysisItem> {
  const paired = preflightPairing();
  for (const [index, held] of read.held.entries()) {
    const span = read.spans[index] as EntrySpan;
    const analyzed =
      typeof held === 'string'
        ? unflaggedEntry(() => reparsed(read.text, span, index), index, held)
        : paired(analyzeEntry(held, index, read.context, options));
    // Assigned, not spread: spreading would build the lazy parts of an unflagged entry.
    yield Object.assign(analyzed, { type: 'entry' as const });
  }
}

/** An entry read again from its span, with the repairs pass one made (the file was sound then). */
function reparsed(text: string, span: EntrySpan, index: number): HarEntry {
  const entry = JSON.parse(text.slice(span.start, span.end)) as HarEntry;
  checkEntry(entry, index, new WarningTally());
  return entry;
}

async function firstPass(
  entries: AsyncIterable<IndexedEntry> | Iterable<IndexedEntry>,
  end: () => { log: HarLogHead; warnings: HarWarning[] } | HarError,
  options: AnalyzeOptions,
): Promise<FirstPass> {
  const builder = new ContextBuilder();
  const schema = options.validator ? new SchemaWarnings(options.validator) : undefined;
  for await (const { index, entry } of entries) {
    learn(builder, entry, index);
    await schema?.checkEntry(entry, index);
    options.onFirstPass?.(entry, index);
  }
  const context = builder.context();
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

/** How many recent failed preflights are kept to pair with the requests they blocked (logged moments later). */
const PREFLIGHT_WINDOW = 50;

/**
 * A request a failed CORS preflight blocked (status 0) takes the preflight's diagnosis, as in the panel:
 * the preflight is logged first, so pairing keeps the stream in file order.
 */
function pairedWithPreflight(analyzed: AnalyzedEntry, preflights: AnalyzedEntry[]): AnalyzedEntry {
  if (analyzed.entry.response?.status !== 0) return analyzed;
  const blocked = analyzed.exchange;
  if (!isBlockedRequest(blocked)) return analyzed;
  const preflight = preflights.findLast((p) => preflightPairs(p.exchange, blocked));
  if (!preflight) return analyzed;
  preflights.splice(preflights.indexOf(preflight), 1);
  const diagnosis = blockedByPreflight(blocked, preflight.exchange, preflight.diagnosis);
  const report = toReportEntry(blocked, diagnosis);
  return { ...analyzed, flagged: report.flagged, exchange: blocked, diagnosis, report };
}

/** Pairs, in file order, each blocked request with the recent failed preflight that blocked it. */
function preflightPairing(): (analyzed: AnalyzedEntry) => AnalyzedEntry {
  const preflights: AnalyzedEntry[] = [];
  return (entry) => {
    const analyzed = pairedWithPreflight(entry, preflights);
    if (analyzed.flagged && isFailedPreflight(analyzed.exchange)) {
      preflights.push(analyzed);
      if (preflights.length > PREFLIGHT_WINDOW) preflights.shift();
    }
    return analyzed;
  };
}

/** Pass two: each entry classified (or not) against the whole file's context. */
async function* classified(
  entries: AsyncIterable<IndexedEntry> | Iterable<IndexedEntry>,
  context: SessionContext,
  options: AnalyzeOptions,
): AsyncGenerator<AnalysisItem> {
  const paired = preflightPairing();
  for await (const { index, entry } of entries) {
    const analyzed = paired(analyzeEntry(entry, index, context, options));
    // Assigned, not spread: spreading would build the lazy parts of an unflagged entry.
    yield Object.assign(analyzed, { type: 'entry' as const });
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
    const split = await splitRead(source.text, options);
    if (split) {
      yield { type: 'start', log: split.log, warnings: split.warnings };
      yield* splitClassified(split, options);
      yield { type: 'end' };
      return;
    }
    options.onFirstPassRestart?.();
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
    if (options.keepEntriesBeforeError) yield* classified(secondPass.entries, pass.context, options);
    yield { type: 'error', error: pass.error };
    return;
  }
  yield { type: 'start', log: pass.log, warnings: pass.warnings };
  yield* classified(secondPass.entries, pass.context, options);
  // Pass one checked the whole file: a second read that fails means the file changed meanwhile.
  const changed = secondPass.outcome.value;
  if (changed !== undefined && 'code' in changed) {
    yield { type: 'error', error: changed };
    return;
  }
  yield { type: 'end' };
}
