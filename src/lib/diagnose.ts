/**
 * `diagnose`: the classifier for other tools. Whatever comes in (a HAR entry, a fetch or Playwright
 * response, pasted text) is made into a HAR document and goes through the one HAR pipeline, so it is
 * explained exactly as the CLI and the extension would explain it.
 */
import type { Diagnosis, UnseenParts } from '../core/index.ts';
import { analyzeHar, type HarEntry, type HarError, type HarNameValue } from '../har/index.ts';
import {
  type ExchangeParts,
  harOfExchanges,
  type InputFormat,
  type InputHints,
  textSource,
  toExchange,
  unseenOf,
} from '../inputs/index.ts';
import { VERSION } from '../shared/version.ts';

/** A value, or a method returning it: fetch's Response has properties, Playwright's has methods. */
export type Readable<T> = T | (() => T);

/** fetch's `Headers` (iterable of pairs), or a plain record as Playwright's `headers()` gives. */
export type HeadersLike = Iterable<readonly [string, string]> | Record<string, string | readonly string[]>;

/** The request side, when the response knows it (Playwright's `response.request()`). */
export interface RequestLike {
  method: Readable<string>;
  headers: Readable<HeadersLike>;
}

/**
 * A fetch `Response`, a Playwright `Response`, or a plain object with the same names. The body is
 * read with `text()` (pass `response.clone()` if your code reads the fetch body too), else taken from
 * `body` when that is a string.
 */
export interface ResponseLike {
  url: Readable<string>;
  status: Readable<number>;
  statusText?: Readable<string>;
  headers: Readable<HeadersLike>;
  text?: () => string | Promise<string>;
  body?: unknown;
  request?: Readable<RequestLike>;
}

export type DiagnoseInput = HarEntry | ResponseLike | string;

export interface DiagnoseOptions {
  /** For text: its format, when detection should be overridden. */
  format?: InputFormat;
  /** For text: the URL, status, method or headers the text itself does not show. */
  hints?: InputHints;
}

export type DiagnoseErrorCode = 'empty' | 'nothing' | HarError['code'];

/** The input holds no exchange that can be analysed; `code` says why. */
export class DiagnoseError extends Error {
  constructor(
    readonly code: DiagnoseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DiagnoseError';
  }
}

function read<T>(value: Readable<T>, owner: object): T {
  return typeof value === 'function' ? (value as () => T).call(owner) : value;
}

function headerList(headers: HeadersLike): HarNameValue[] {
  const pairs =
    Symbol.iterator in headers
      ? [...(headers as Iterable<readonly [string, string]>)]
      : Object.entries(headers);
  return pairs.flatMap(([name, value]) =>
    typeof value === 'string' ? [{ name, value }] : value.map((one) => ({ name, value: one })),
  );
}

/** A body that cannot be read (Playwright: a redirect, or a page already closed) is unknown, not empty. */
async function bodyOf(response: ResponseLike): Promise<string | undefined> {
  if (response.text) {
    try {
      return await response.text();
    } catch {
      return undefined;
    }
  }
  return typeof response.body === 'string' ? response.body : undefined;
}

async function entryOfResponse(response: ResponseLike): Promise<HarEntry> {
  const request = response.request === undefined ? undefined : read(response.request, response);
  const body = await bodyOf(response);
  const statusText = response.statusText === undefined ? undefined : read(response.statusText, response);
  const parts: ExchangeParts = {
    url: read(response.url, response),
    status: read(response.status, response),
    responseHeaders: headerList(read(response.headers, response)),
    ...(statusText === undefined ? {} : { statusText }),
    ...(body === undefined ? {} : { responseBody: body }),
    ...(request
      ? { method: read(request.method, request), requestHeaders: headerList(read(request.headers, request)) }
      : {}),
  };
  return toExchange(parts).entry;
}

function isHarEntry(input: HarEntry | ResponseLike): input is HarEntry {
  return typeof (input as HarEntry).request === 'object' && typeof (input as HarEntry).response === 'object';
}

/** The HAR document to analyse and, for a transcript, what each of its exchanges did not show. */
async function harText(
  input: DiagnoseInput,
  options: DiagnoseOptions,
): Promise<{ text: string; unseen?: UnseenParts[] }> {
  if (typeof input === 'string') {
    const source = textSource(input, { ...options, creatorVersion: VERSION });
    if ('refused' in source)
      throw new DiagnoseError(
        source.refused,
        `no HTTP exchange found in the text (read as ${source.format})`,
      );
    return {
      text: source.text,
      ...(source.transcript ? { unseen: source.transcript.missing.map(unseenOf) } : {}),
    };
  }
  const entry = isHarEntry(input) ? input : await entryOfResponse(input);
  return { text: JSON.stringify(harOfExchanges([{ entry, missing: [] }], VERSION)) };
}

/**
 * Explains one exchange. Text may hold several (a `curl -L` chain, a whole HAR document): they are
 * each other's session context, and the last flagged one is explained (else the last one, unflagged).
 * Rejects with a DiagnoseError when the input holds no exchange.
 */
export async function diagnose(input: DiagnoseInput, options: DiagnoseOptions = {}): Promise<Diagnosis> {
  let chosen: Diagnosis | undefined;
  const { text, unseen } = await harText(input, options);
  for await (const item of analyzeHar({ text }, unseen ? { unseen } : {})) {
    if (item.type === 'error') {
      const where = item.error.detail ? `${item.error.path}: ${item.error.detail}` : item.error.path;
      throw new DiagnoseError(
        item.error.code,
        `not a readable HAR document (${item.error.code} at ${where})`,
      );
    }
    if (item.type === 'entry' && (item.flagged || !chosen?.flagged)) chosen = item.diagnosis;
  }
  if (!chosen) throw new DiagnoseError('nothing', 'the HAR document has no entries');
  return chosen;
}
