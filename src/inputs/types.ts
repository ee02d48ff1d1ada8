/**
 * What every reader produces: HAR entries (the shape the rest of the product already analyses),
 * each with the list of parts its source did not show. A part that was not shown is unknown, not
 * empty: a `curl -v` run with `-o` hides the body, a pasted body has no headers, and neither means
 * "the server sent none". The HAR entry says so the way core reads it (no `content.text` is body
 * kind `absent`; an empty text is `empty`); headers have no such marker in core, hence `missing`.
 */
import type { HarEntry } from '../har/types.ts';

/** Formats `--input` accepts; `har` is read by har/, the others by the readers here. */
export const INPUT_FORMATS = ['har', 'curl', 'http', 'httpie', 'postman', 'awscli', 'text'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export type TranscriptFormat = Exclude<InputFormat, 'har'>;

export function isInputFormat(value: string): value is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(value);
}

/** Parts of an exchange a transcript may not show. */
export type MissingPart = 'url' | 'request-headers' | 'status' | 'response-headers' | 'response-body';

export interface ReadExchange {
  entry: HarEntry;
  missing: MissingPart[];
}

/** What the user knows besides the pasted text (CLI `--url/--status/--header`, the paste box's fields). */
export interface InputHints {
  url?: string;
  status?: number;
  method?: string;
  headers?: Array<{ name: string; value: string }>;
}

export type InputRead = { format: 'har' } | { format: TranscriptFormat; exchanges: ReadExchange[] };
