/** Which format a pasted text or file is in, and the exchanges it holds. */
import { AWSCLI_MARKER, readAwsCli } from './awscli.ts';
import { readCurl, TRACE_MARKER, VERBOSE_MARKER } from './curl.ts';
import { linesOf, requestLine, statusLine } from './message.ts';
import { POSTMAN_MARKER, readPostman } from './postman.ts';
import { readRawHttp } from './raw-http.ts';
import { readText } from './text.ts';
import type { InputFormat, InputHints, InputRead, ReadExchange, TranscriptFormat } from './types.ts';

/** Enough of the start of a file to recognise it; HAR's `"log"` key is near the top. */
const SNIFF_CHARS = 64 * 1024;

/** HTTPie and xh name themselves in the request, or print `HTTP/2.0` where curl prints `HTTP/2`. */
const HTTPIE_MARKER = /^User-Agent: (?:HTTPie|xh)\/|^HTTP\/2\.0 \d{3}/im;

function startsWithMessage(text: string): boolean {
  return linesOf(text.slice(0, SNIFF_CHARS)).some((line) => requestLine(line) || statusLine(line));
}

export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, SNIFF_CHARS);
  const trimmed = head.trimStart().replace(/^\uFEFF/, '');
  if (trimmed.startsWith('{') && /"log"\s*:/.test(head)) return 'har';
  if (AWSCLI_MARKER.test(head)) return 'awscli';
  if (TRACE_MARKER.test(head) || VERBOSE_MARKER.test(head)) return 'curl';
  if (POSTMAN_MARKER.test(head)) return 'postman';
  if (startsWithMessage(head)) return HTTPIE_MARKER.test(head) ? 'httpie' : 'http';
  return 'text';
}

const READERS: Record<TranscriptFormat, (text: string, hints: InputHints) => ReadExchange[]> = {
  curl: readCurl,
  http: readRawHttp,
  httpie: readRawHttp,
  postman: readPostman,
  awscli: readAwsCli,
  text: readText,
};

/** What the user told us fills what the transcript did not show. */
function withHints(read: ReadExchange, hints: InputHints): ReadExchange {
  const { entry } = read;
  let missing = read.missing;
  if (hints.url && missing.includes('url')) {
    entry.request.url = hints.url;
    missing = missing.filter((part) => part !== 'url');
  }
  if (hints.status !== undefined && missing.includes('status')) {
    entry.response.status = hints.status;
    missing = missing.filter((part) => part !== 'status');
  }
  return { entry, missing };
}

/**
 * Reads `text` as `format` (detected when not given). HAR is only recognised here: har/ reads it.
 * A transcript in which the reader finds no exchange reads as none, for the caller to report.
 */
export function readInput(
  text: string,
  options: { format?: InputFormat; hints?: InputHints } = {},
): InputRead {
  const format = options.format ?? detectFormat(text);
  if (format === 'har') return { format };
  const hints = options.hints ?? {};
  const exchanges = text.trim() === '' && format !== 'text' ? [] : READERS[format](text, hints);
  return { format, exchanges: exchanges.map((read) => withHints(read, hints)) };
}
