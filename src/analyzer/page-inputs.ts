import type { HarError, HarSource, HarWarning } from '../har/index.ts';
import { type TextSource, type Transcript, textSource } from '../inputs/index.ts';
import { VERSION } from '../shared/version.ts';
import { fileChunks } from './file-chunks.ts';
import { analyzeForPage, type PageAnalysis, type PageEntry } from './page-analysis.ts';

/**
 * What the user gave the page: files picked or dropped (HAR files or text transcripts), or text pasted in the box.
 * Each goes through the one HAR pipeline (a transcript as the HAR document inputs/ makes of it), one after the
 * other, so memory is bounded by the largest input, as in the CLI.
 */
export type PageInput = { name: string; file: Blob } | { name: string; text: string };

/** How one input went: what it was read as and what it did not show, or why nothing could be read from it. */
export interface InputOutcome {
  name: string;
  transcript?: Transcript;
  /** A transcript in which no exchange was found. */
  refused?: Refused;
  /** Why the reader stopped early, when several inputs were given (one input's error is the analysis's own). */
  error?: HarError;
  /** Entries read (for a transcript, exchanges). */
  entryCount: number;
}

type Refused = Extract<TextSource, { refused: unknown }>;

export interface InputsAnalysis {
  /** Every input's entries in one list; the reader error of a single input, as for one file. */
  analysis: PageAnalysis;
  outcomes: InputOutcome[];
}

/**
 * Up to this size a file that is not named as HAR is read as text so its format can be detected; a transcript is
 * never this big, a HAR can be far bigger and is streamed.
 */
export const TEXT_MAX_BYTES = 64 * 1024 * 1024;

/** Files are read only through stream() (see fileChunks), small ones into one string. */
async function fileText(file: Blob): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of fileChunks(file)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

type Opened = { source: HarSource; transcript?: Transcript } | Refused;

async function opened(input: PageInput): Promise<Opened> {
  if ('file' in input && (/\.(har|json)$/i.test(input.name) || input.file.size > TEXT_MAX_BYTES)) {
    const { file } = input;
    return { source: { open: () => fileChunks(file) } };
  }
  const text = 'file' in input ? await fileText(input.file) : input.text;
  const read = textSource(text, { creatorVersion: VERSION });
  if ('refused' in read) return read;
  return { source: { text: read.text }, ...(read.transcript ? { transcript: read.transcript } : {}) };
}

/** Ids are unique within one input (`har:<index>`); with several, each is prefixed with its input's position. */
function renumbered(entry: PageEntry, inputIndex: number): PageEntry {
  const id = `${inputIndex + 1}/${entry.exchange.id}`;
  return { ...entry, exchange: { ...entry.exchange, id }, diagnosis: { ...entry.diagnosis, exchangeId: id } };
}

/** The same quirk in several files is listed once, with the counts added up. */
function addWarnings(into: HarWarning[], more: HarWarning[]): void {
  for (const warning of more) {
    const same = into.find((known) => known.code === warning.code && known.detail === warning.detail);
    if (same) same.count += warning.count;
    else into.push({ ...warning });
  }
}

export async function analyzeInputsForPage(
  inputs: PageInput[],
  options: { onEntry?: (entryCount: number) => void } = {},
): Promise<InputsAnalysis> {
  const outcomes: InputOutcome[] = [];
  const combined: PageAnalysis = { entries: [], entryCount: 0, warnings: [] };
  for (const [inputIndex, input] of inputs.entries()) {
    const read = await opened(input);
    if ('refused' in read) {
      outcomes.push({ name: input.name, refused: read, entryCount: 0 });
      continue;
    }
    const before = combined.entryCount;
    const analysis = await analyzeForPage(read.source, {
      onEntry: (count) => options.onEntry?.(before + count),
    });
    const transcript = read.transcript ? { transcript: read.transcript } : {};
    // One input keeps its ids and its error banner, exactly as one file always did.
    if (inputs.length === 1) {
      return { analysis, outcomes: [{ name: input.name, ...transcript, entryCount: analysis.entryCount }] };
    }
    combined.entries.push(...analysis.entries.map((entry) => renumbered(entry, inputIndex)));
    combined.entryCount += analysis.entryCount;
    addWarnings(combined.warnings, analysis.warnings);
    outcomes.push({
      name: input.name,
      ...transcript,
      ...(analysis.error ? { error: analysis.error } : {}),
      entryCount: analysis.entryCount,
    });
  }
  return { analysis: combined, outcomes };
}
