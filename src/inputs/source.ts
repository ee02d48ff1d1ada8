/**
 * Any text (a HAR document or a transcript) as a source for the one HAR pipeline, so session
 * context, classification, annotation and redaction are the same whatever the user brought. The CLI,
 * the analyzer page's paste box and the library's `diagnose` all go through here.
 */
import type { Translate } from '../core/index.ts';
import type { Har } from '../har/types.ts';
import { readInput } from './read.ts';
import type { InputFormat, InputHints, MissingPart, ReadExchange, TranscriptFormat } from './types.ts';

/** What a transcript was read as and, per exchange (in order), the parts it did not show. */
export interface Transcript {
  format: TranscriptFormat;
  missing: MissingPart[][];
}

export type TextSource =
  /** `transcript` is absent for a HAR document: the pipeline reads the text itself. */
  | { text: string; transcript?: Transcript }
  /** A transcript in which no exchange was found (`empty`: there was no text at all). */
  | { refused: 'empty' | 'nothing'; format: TranscriptFormat };

export interface TextSourceOptions {
  format?: InputFormat;
  hints?: InputHints;
  /** Written as the HAR's `creator.version` (the product's version). */
  creatorVersion: string;
}

export function harOfExchanges(exchanges: ReadExchange[], creatorVersion: string): Har {
  return {
    log: {
      version: '1.2',
      creator: { name: 'apigw403', version: creatorVersion },
      entries: exchanges.map((read) => read.entry),
    },
  };
}

/** Text with nothing but white space holds no exchange, whatever its format (not even a bare empty body). */
export function textSource(text: string, options: TextSourceOptions): TextSource {
  if (text.trim() === '') {
    const format = options.format && options.format !== 'har' ? options.format : 'text';
    return { refused: 'empty', format };
  }
  const read = readInput(text, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.hints ? { hints: options.hints } : {}),
  });
  if (read.format === 'har') return { text };
  if (read.exchanges.length === 0) return { refused: 'nothing', format: read.format };
  return {
    text: JSON.stringify(harOfExchanges(read.exchanges, options.creatorVersion)),
    transcript: { format: read.format, missing: read.exchanges.map((exchange) => exchange.missing) },
  };
}

/** The order parts are listed in wherever they are shown. */
const MISSING_PARTS: readonly MissingPart[] = [
  'url',
  'request-headers',
  'status',
  'response-headers',
  'response-body',
];

/** Every part some exchange of the transcript did not show, in MISSING_PARTS order. */
export function missingParts(transcript: Transcript): MissingPart[] {
  const missing = new Set(transcript.missing.flat());
  return MISSING_PARTS.filter((part) => missing.has(part));
}

/** "Read as …" and one sentence per part the transcript did not show (CLI report notes, the analyzer page's notes). */
export function transcriptNotes(transcript: Transcript, t: Translate): string[] {
  return [
    t('input_read_as', [t(formatName(transcript.format))]),
    ...missingParts(transcript).map((part) => t(`input_missing_${part.replace(/-/g, '_')}`)),
  ];
}

/** Locale key of a format's name. */
export function formatName(format: InputFormat): string {
  return `input_format_${format}`;
}
