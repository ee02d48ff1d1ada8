/**
 * Turns an exchange description (from gateway-scenarios.mjs or ordinary-traffic.mjs) into a HAR
 * 1.2 entry shaped like Chrome's "Export HAR": the same fields, header casing, `_` extensions and
 * timings, so the bench parses what support engineers really receive.
 */
import { httpDate, PAGE_ORIGIN } from './wire.mjs';

const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const STATUS_TEXT = {
  200: 'OK',
  202: 'Accepted',
  204: 'No Content',
  304: 'Not Modified',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
};

function queryString(url) {
  const query = [];
  for (const [name, value] of new URL(url).searchParams) query.push({ name, value });
  return query;
}

function requestHeaders(spec, url) {
  const crossOrigin = url.origin !== PAGE_ORIGIN;
  const headers = [
    { name: 'Host', value: url.host },
    { name: 'Accept', value: spec.resourceType === 'document' ? 'text/html,application/xhtml+xml' : '*/*' },
    { name: 'Accept-Encoding', value: 'gzip, deflate, br, zstd' },
    ...(crossOrigin ? [{ name: 'Origin', value: PAGE_ORIGIN }] : []),
    { name: 'Referer', value: `${PAGE_ORIGIN}/shop` },
    { name: 'Sec-Fetch-Mode', value: spec.preflight ? 'cors' : crossOrigin ? 'cors' : 'same-origin' },
    { name: 'User-Agent', value: USER_AGENT },
    ...spec.requestHeaders,
  ];
  if (spec.requestBody) headers.push({ name: 'Content-Type', value: spec.requestBody.mimeType });
  return headers;
}

function content(body, bodyMode) {
  if (!body) return { size: 0, mimeType: 'x-unknown' };
  const size =
    body.encoding === 'base64' ? Math.floor((body.text.length * 3) / 4) : Buffer.byteLength(body.text);
  if (bodyMode === 'absent') return { size, mimeType: body.mimeType };
  if (bodyMode === 'base64' && !body.encoding) {
    return {
      size,
      mimeType: body.mimeType,
      text: Buffer.from(body.text).toString('base64'),
      encoding: 'base64',
    };
  }
  return {
    size,
    mimeType: body.mimeType,
    text: body.text,
    ...(body.encoding ? { encoding: body.encoding } : {}),
  };
}

/** `bodyMode`: 'text' (as captured), 'base64' (Chrome stores some text bodies encoded), 'absent' (DevTools opened late). */
export function toHarEntry(spec, { ms, rng, bodyMode = 'text', pageref = 'page_1' }) {
  const url = new URL(spec.url);
  const responseContent = content(spec.body, bodyMode);
  const responseHeaders = [
    { name: 'Date', value: httpDate(ms) },
    ...(spec.body ? [{ name: 'Content-Type', value: spec.body.mimeType }] : []),
    { name: 'Content-Length', value: String(responseContent.size) },
    ...spec.responseHeaders,
  ];
  const wait = 20 + rng.int(400);
  const receive = rng.int(30);
  return {
    _initiator: spec.preflight ? { type: 'preflight', url: spec.url } : { type: 'script' },
    _priority: 'High',
    _resourceType: spec.preflight ? 'preflight' : (spec.resourceType ?? 'fetch'),
    cache: {},
    connection: String(400000 + rng.int(9999)),
    pageref,
    request: {
      method: spec.method,
      url: spec.url,
      httpVersion: 'HTTP/1.1',
      headers: requestHeaders(spec, url),
      queryString: queryString(spec.url),
      cookies: [],
      headersSize: -1,
      bodySize: spec.requestBody ? Buffer.byteLength(spec.requestBody.text) : 0,
      ...(spec.requestBody
        ? { postData: { mimeType: spec.requestBody.mimeType, text: spec.requestBody.text } }
        : {}),
    },
    response: {
      status: spec.status,
      statusText: STATUS_TEXT[spec.status] ?? '',
      httpVersion: 'HTTP/1.1',
      headers: responseHeaders,
      cookies: [],
      content: responseContent,
      redirectURL: '',
      headersSize: -1,
      bodySize: responseContent.size,
      _transferSize: responseContent.size + 400,
      _error: null,
    },
    serverIPAddress: '203.0.113.10',
    startedDateTime: new Date(ms).toISOString(),
    time: wait + receive + 2,
    timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0.5, wait, receive, _blocked_queueing: 0.5 },
  };
}

/** What Chrome records for the real request after its preflight failed: status 0, `net::ERR_FAILED`. */
export function blockedRequestEntry(preflightEntry, ms) {
  return {
    ...preflightEntry,
    _initiator: { type: 'script' },
    _resourceType: 'fetch',
    request: {
      ...preflightEntry.request,
      method: 'POST',
      headers: preflightEntry.request.headers.filter(
        (header) => !header.name.startsWith('access-control-request-'),
      ),
    },
    response: {
      status: 0,
      statusText: '',
      httpVersion: '',
      headers: [],
      cookies: [],
      content: { size: 0, mimeType: 'x-unknown' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      _transferSize: 0,
      _error: 'net::ERR_FAILED',
    },
    startedDateTime: new Date(ms).toISOString(),
    time: 0,
    timings: {
      blocked: -1,
      dns: -1,
      ssl: -1,
      connect: -1,
      send: 0,
      wait: 0,
      receive: 0,
      _blocked_queueing: -1,
    },
  };
}
