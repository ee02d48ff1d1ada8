/**
 * The pieces of HTTP/1.1 text every transcript format shares: start lines, header lines, and the
 * HAR entry an exchange becomes once read.
 */
import type { HarEntry, HarNameValue } from '../har/types.ts';
import type { MissingPart, ReadExchange } from './types.ts';

export interface RequestLine {
  method: string;
  target: string;
  httpVersion: string;
}

export interface StatusLine {
  httpVersion: string;
  status: number;
  statusText: string;
}

const REQUEST_LINE = /^([A-Z][A-Z-]*) (\S+) (HTTP\/\d(?:\.\d)?)\s*$/;
const STATUS_LINE = /^(HTTP\/\d(?:\.\d)?) (\d{3})(?: (.*?))?\s*$/;
/** RFC 9110 token characters, then a colon; HTTPie and Postman copies also use a tab. */
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?::[ \t]*|\t+)(.*?)\s*$/;

export function requestLine(line: string): RequestLine | undefined {
  const match = REQUEST_LINE.exec(line.trim());
  return match
    ? { method: match[1] as string, target: match[2] as string, httpVersion: match[3] as string }
    : undefined;
}

export function statusLine(line: string): StatusLine | undefined {
  const match = STATUS_LINE.exec(line.trim());
  if (!match) return undefined;
  return { httpVersion: match[1] as string, status: Number(match[2]), statusText: match[3] ?? '' };
}

export function headerLine(line: string): HarNameValue | undefined {
  const match = HEADER_LINE.exec(line);
  return match ? { name: match[1] as string, value: match[2] as string } : undefined;
}

export function headerOf(headers: HarNameValue[] | undefined, name: string): string | undefined {
  return headers?.find((header) => header.name.toLowerCase() === name)?.value;
}

/**
 * The absolute URL of a request: its target when already absolute, else the Host header (what the
 * server was asked for, even when the connection went elsewhere) with the scheme the transcript
 * implies. API Gateway only speaks HTTPS, so that is the default.
 */
export function absoluteUrl(target: string, host: string | undefined, scheme = 'https'): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return target;
  if (!host) return undefined;
  return `${scheme}://${host}${target.startsWith('/') ? target : `/${target}`}`;
}

/** HAR wants an ISO date; the response's Date header is the only clock a transcript carries. */
function startedFrom(headers: HarNameValue[] | undefined): string {
  const date = headerOf(headers, 'date');
  const time = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

export interface ExchangeParts {
  method?: string;
  url?: string;
  httpVersion?: string;
  /** `undefined`: the transcript did not show the request's headers. */
  requestHeaders?: HarNameValue[];
  requestBody?: string;
  status?: number;
  statusText?: string;
  /** `undefined`: the transcript did not show the response's headers. */
  responseHeaders?: HarNameValue[];
  /** `undefined`: the transcript did not show the body (which may still have had one). */
  responseBody?: string;
  serverIp?: string;
}

/** Assumed when nothing says which status came back: the user brought it to a 403 explainer. */
export const ASSUMED_STATUS = 403;

/** Builds the HAR entry, noting every part the transcript did not show. */
export function toExchange(parts: ExchangeParts): ReadExchange {
  const missing: MissingPart[] = [];
  if (!parts.url) missing.push('url');
  if (parts.requestHeaders === undefined) missing.push('request-headers');
  if (parts.status === undefined) missing.push('status');
  if (parts.responseHeaders === undefined) missing.push('response-headers');
  const responseHeaders = parts.responseHeaders ?? [];
  const contentLength = headerOf(responseHeaders, 'content-length');
  // Headers that declare no body make an unseen body a known empty one.
  const body = parts.responseBody ?? (contentLength?.trim() === '0' || parts.status === 204 ? '' : undefined);
  if (body === undefined) missing.push('response-body');
  const requestHeaders = parts.requestHeaders ?? [];
  const mimeType = headerOf(responseHeaders, 'content-type') ?? '';
  const entry: HarEntry = {
    startedDateTime: startedFrom(parts.responseHeaders),
    request: {
      method: (parts.method ?? 'GET').toUpperCase(),
      url: parts.url ?? '',
      httpVersion: parts.httpVersion ?? 'HTTP/1.1',
      headers: requestHeaders,
      ...(parts.requestBody === undefined
        ? {}
        : {
            postData: { mimeType: headerOf(requestHeaders, 'content-type') ?? '', text: parts.requestBody },
          }),
    },
    response: {
      status: parts.status ?? ASSUMED_STATUS,
      statusText: parts.statusText ?? '',
      httpVersion: parts.httpVersion ?? 'HTTP/1.1',
      headers: responseHeaders,
      content: body === undefined ? { mimeType } : { mimeType, size: body.length, text: body },
    },
    ...(parts.serverIp ? { serverIPAddress: parts.serverIp } : {}),
  };
  return { entry, missing };
}

/** Text with CRLF line ends read as LF: copies from Windows tools and raw sockets keep their CRs. */
export function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}
