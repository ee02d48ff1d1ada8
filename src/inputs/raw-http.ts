/**
 * Raw HTTP/1.1 messages as copied from DevTools "view source", Burp, Fiddler's raw view, `nc`,
 * `curl -i`, and HTTPie/xh (`--print=HhBb` prints the same text, request first). A paste may hold a
 * request, a response, or pairs of both; lines before the first start line (a shell prompt, the
 * command) are skipped.
 */
import type { HarNameValue } from '../har/types.ts';
import {
  absoluteUrl,
  type ExchangeParts,
  headerLine,
  headerOf,
  linesOf,
  type RequestLine,
  requestLine,
  type StatusLine,
  statusLine,
  toExchange,
} from './message.ts';
import type { ReadExchange } from './types.ts';

interface Message<Start> {
  start: Start;
  headers: HarNameValue[];
  /** `undefined` when nothing followed the headers. */
  body?: string;
}

const isStart = (line: string) => requestLine(line) !== undefined || statusLine(line) !== undefined;

/** Reads headers and body from `lines[from]` (the line after a start line); returns where it stopped. */
function readMessage(
  lines: string[],
  from: number,
): { headers: HarNameValue[]; body?: string; next: number } {
  const headers: HarNameValue[] = [];
  let i = from;
  for (; i < lines.length && (lines[i] as string).trim() !== ''; i += 1) {
    const header = headerLine(lines[i] as string);
    if (header) headers.push(header);
  }
  const bodyLines: string[] = [];
  for (; i < lines.length && !isStart(lines[i] as string); i += 1) bodyLines.push(lines[i] as string);
  const body = bodyLines.join('\n').trim();
  return { headers, ...(body === '' ? {} : { body }), next: i };
}

function messages(text: string): Array<Message<RequestLine> | Message<StatusLine>> {
  const lines = linesOf(text);
  const found: Array<Message<RequestLine> | Message<StatusLine>> = [];
  let i = lines.findIndex(isStart);
  while (i >= 0 && i < lines.length) {
    const line = lines[i] as string;
    const start = requestLine(line) ?? statusLine(line);
    const { next, ...message } = readMessage(lines, i + 1);
    if (start) found.push({ start, ...message } as Message<RequestLine> | Message<StatusLine>);
    i = next;
  }
  return found;
}

function isRequest(message: Message<RequestLine> | Message<StatusLine>): message is Message<RequestLine> {
  return 'method' in message.start;
}

/** Each request with the response that follows it; a response with no request before it stands alone. */
export function readRawHttp(text: string): ReadExchange[] {
  const exchanges: ReadExchange[] = [];
  let pending: Message<RequestLine> | undefined;
  const flush = (response?: Message<StatusLine>) => {
    const parts: ExchangeParts = {};
    if (pending) {
      const url = absoluteUrl(pending.start.target, headerOf(pending.headers, 'host'));
      Object.assign(parts, {
        method: pending.start.method,
        ...(url ? { url } : {}),
        httpVersion: pending.start.httpVersion,
        requestHeaders: pending.headers,
        ...(pending.body === undefined ? {} : { requestBody: pending.body }),
      });
    }
    if (response) {
      Object.assign(parts, {
        httpVersion: response.start.httpVersion,
        status: response.start.status,
        statusText: response.start.statusText,
        responseHeaders: response.headers,
        ...(response.body === undefined ? {} : { responseBody: response.body }),
      });
    }
    exchanges.push(toExchange(parts));
    pending = undefined;
  };
  for (const message of messages(text)) {
    if (isRequest(message)) {
      if (pending) flush();
      pending = message;
    } else flush(message);
  }
  if (pending) flush();
  return exchanges;
}
