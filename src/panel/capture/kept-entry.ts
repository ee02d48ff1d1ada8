import type { CapturedEntry } from '../../shared/captured-request.ts';

/**
 * What the panel keeps of a request that gets a row: a plain copy of DevTools' entry (nothing of its object, which
 * the panel must not hold on to), without body text (a Firefox getHAR() entry carries it; getContent() hands it
 * out). Only rows pay for it: the pre-filter reads DevTools' entry as handed over.
 */
export function keptEntry(entry: CapturedEntry): CapturedEntry {
  const copy = JSON.parse(JSON.stringify(entry)) as CapturedEntry;
  const content = copy.response.content;
  if (content?.text !== undefined) {
    const { text: _text, encoding: _encoding, ...rest } = content as typeof content & { encoding?: string };
    copy.response.content = rest;
  }
  return copy;
}

/**
 * What the panel keeps of a success it only learns from (thousands on a busy page): the fields the session
 * context reads (method, URL, headers, status, resource type) in the frame of a HAR 1.2 entry, which the export
 * writes among the rows. No body, no initiator stack, no copy: the parts are DevTools' own arrays and values,
 * which nothing changes after the request finished.
 */
export function contextEntryOf(entry: CapturedEntry): CapturedEntry {
  const { request, response } = entry as CapturedEntry & HarFrame;
  const content = response.content ?? {};
  return {
    startedDateTime: entry.startedDateTime,
    ...(typeof entry.time === 'number' ? { time: entry.time } : {}),
    ...(entry.timings ? { timings: entry.timings } : {}),
    cache: (entry as CapturedEntry & { cache?: object }).cache ?? {},
    request: {
      method: request.method,
      url: request.url,
      httpVersion: request.httpVersion,
      headers: request.headers ?? [],
      queryString: request.queryString,
      cookies: request.cookies,
      headersSize: request.headersSize,
      bodySize: request.bodySize,
    },
    response: {
      status: response.status,
      statusText: response.statusText,
      httpVersion: response.httpVersion,
      headers: response.headers ?? [],
      cookies: response.cookies,
      content: { size: content.size, mimeType: content.mimeType },
      redirectURL: response.redirectURL,
      headersSize: response.headersSize,
      bodySize: response.bodySize,
    },
    ...(entry._resourceType ? { _resourceType: entry._resourceType } : {}),
  } as CapturedEntry;
}

/** The HAR 1.2 fields of an entry the session context does not read, but a HAR file must have. */
interface HarFrame {
  request: {
    httpVersion?: string;
    queryString?: unknown[];
    cookies?: unknown[];
    headersSize?: number;
    bodySize?: number;
  };
  response: {
    httpVersion?: string;
    cookies?: unknown[];
    content?: { size?: number; mimeType?: string };
    redirectURL?: string;
    headersSize?: number;
    bodySize?: number;
  };
}
