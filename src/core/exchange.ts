import { decodeBody, type RawContent } from './body.ts';
import type { Exchange, Header, UnseenParts } from './types.ts';
import { parseUrl } from './url.ts';

interface HarNameValue {
  name: string;
  value: string;
}

/** The minimal structural shape of a HAR 1.2 entry (plus Chromium's `_` fields) that core reads. */
export interface HarEntryLike {
  startedDateTime?: string;
  request: {
    method: string;
    url: string;
    headers?: HarNameValue[];
    postData?: { mimeType?: string; text?: string };
  };
  response: {
    status: number;
    statusText?: string;
    headers?: HarNameValue[];
    content?: RawContent;
    _error?: string | null;
  };
  serverIPAddress?: string;
  _resourceType?: string;
  _requestId?: string;
  _error?: string | null;
}

export interface ExchangeOptions {
  index?: number;
  id?: string;
  /** Body fetched separately (DevTools `getContent()`), used instead of `response.content`. */
  content?: { text?: string; encoding?: string; mimeType?: string };
  /** Parts the source did not show (a transcript, a report): unknown, not empty. */
  unseen?: UnseenParts;
}

function lowerCased(headers: HarNameValue[] | undefined): Header[] {
  if (!Array.isArray(headers)) return [];
  return headers
    .filter((header) => header && typeof header.name === 'string')
    .map((header) => ({ name: header.name.toLowerCase(), value: String(header.value ?? '') }));
}

/** Captured data is untrusted (HAR files from strangers): a field of the wrong type reads as absent. */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Normalizes one HAR entry (or live DevTools request) into an Exchange; never throws. */
export function exchangeFromHarEntry(raw: HarEntryLike, options: ExchangeOptions = {}): Exchange {
  const entry: Partial<HarEntryLike> = typeof raw === 'object' && raw !== null ? raw : {};
  const request = entry.request ?? { method: 'GET', url: '' };
  const response = entry.response ?? { status: 0 };
  const method = String(request.method ?? 'GET').toUpperCase();
  const url = String(request.url ?? '');
  const parts = parseUrl(url);
  const requestHeaders = lowerCased(request.headers);
  const responseHeaders = lowerCased(response.headers);
  const content = options.content
    ? { ...options.content, mimeType: options.content.mimeType ?? response.content?.mimeType }
    : response.content;
  const declaredEmpty = responseHeaders.some((h) => h.name === 'content-length' && h.value.trim() === '0');
  const body = decodeBody(declaredEmpty && content?.text === undefined ? { ...content, size: 0 } : content);
  const id = options.id ?? textOf(entry._requestId) ?? `har:${options.index ?? 0}`;
  const error = textOf(response._error) ?? textOf(entry._error);
  const startedDateTime = textOf(entry.startedDateTime);
  const statusText = textOf(response.statusText);
  const serverIp = textOf(entry.serverIPAddress);
  const resourceType = textOf(entry._resourceType);
  const isPreflight =
    entry._resourceType === 'preflight' ||
    (method === 'OPTIONS' && requestHeaders.some((h) => h.name === 'access-control-request-method'));
  return {
    id,
    ...(options.index === undefined ? {} : { index: options.index }),
    ...(startedDateTime ? { startedDateTime } : {}),
    method,
    url,
    scheme: parts.scheme,
    host: parts.host,
    ...(parts.port === undefined ? {} : { port: parts.port }),
    path: parts.path,
    query: parts.query,
    requestHeaders,
    ...(request.postData?.text === undefined ? {} : { requestBody: decodeBody(request.postData) }),
    status: Number.isFinite(Number(response.status)) ? Number(response.status) : 0,
    ...(statusText ? { statusText } : {}),
    responseHeaders,
    body,
    isPreflight,
    ...(serverIp ? { serverIp: serverIp.replace(/^\[|\]$/g, '') } : {}),
    ...(error ? { error } : {}),
    ...(resourceType ? { resourceType } : {}),
    ...(options.unseen && Object.keys(options.unseen).length > 0 ? { unseen: options.unseen } : {}),
  };
}

function hasHeaders(headers: unknown): headers is HarNameValue[] {
  return Array.isArray(headers) && headers.length > 0;
}

function hasHeader(headers: HarNameValue[], name: string): boolean {
  return headers.some((header) => typeof header?.name === 'string' && header.name.toLowerCase() === name);
}

/**
 * What a record (a HAR file written by hand or by a tool that drops parts, a report) does not show,
 * read from the entry itself. A capture always has them: every request has a method, a URL and
 * headers (clients always send User-Agent: browsers, curl, Postman and the AWS SDKs do), every
 * response has headers (Date, Content-Type …). So a missing one is unknown, not empty, and a request
 * header list without User-Agent is a quote of some headers, not all of them. Status 0 is a request
 * that got no answer (a capture then names the error) unless the entry shows a body, no request
 * headers or only quoted ones: then it is a record that did not say the status.
 */
export function recordGaps(entry: HarEntryLike): UnseenParts {
  const request = entry.request ?? { method: '', url: '' };
  const response = entry.response ?? { status: 0 };
  const requestHeaders = hasHeaders(request.headers) ? request.headers : undefined;
  const quoted = requestHeaders !== undefined && !hasHeader(requestHeaders, 'user-agent');
  const bodyShown = typeof response.content?.text === 'string' && response.content.text !== '';
  const status = Number(response.status);
  const failed = Boolean(response._error ?? entry._error);
  const statusUnseen =
    !Number.isFinite(status) ||
    (status === 0 && !failed && (bodyShown || requestHeaders === undefined || quoted));
  return {
    ...(typeof request.method === 'string' && request.method.trim() !== '' ? {} : { method: true }),
    ...(typeof request.url === 'string' && request.url.trim() !== '' ? {} : { url: true }),
    ...(requestHeaders === undefined ? { requestHeaders: true } : {}),
    ...(quoted ? { requestHeadersQuoted: true } : {}),
    ...(statusUnseen ? { status: true } : {}),
    ...(hasHeaders(response.headers) ? {} : { responseHeaders: true }),
  };
}

/** All values of a (lower-case) header name. */
export function headerValues(headers: Header[], name: string): string[] {
  return headers.filter((header) => header.name === name).map((header) => header.value);
}

/** First value of a (lower-case) header name. */
export function headerValue(headers: Header[], name: string): string | undefined {
  return headers.find((header) => header.name === name)?.value;
}
