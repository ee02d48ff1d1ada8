/** Small Chromium-shaped HAR pieces for tests: only what a test cares about, the rest realistic. */
import type { Har, HarEntry, HarNameValue } from '../types.ts';

export interface EntryParts {
  method?: string;
  url?: string;
  requestHeaders?: HarNameValue[];
  postData?: HarEntry['request']['postData'];
  status?: number;
  responseHeaders?: HarNameValue[];
  body?: string;
  bodyEncoding?: 'base64';
  mimeType?: string;
}

export const REST_HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

export function entry(parts: EntryParts = {}): HarEntry {
  const url = parts.url ?? `https://${REST_HOST}/prod/pets`;
  const query = url.includes('?') ? (url.split('?')[1] ?? '') : '';
  return {
    startedDateTime: '2026-11-25T00:10:00.000Z',
    time: 42,
    request: {
      method: parts.method ?? 'GET',
      url,
      httpVersion: 'http/2.0',
      headers: [{ name: 'accept', value: 'application/json' }, ...(parts.requestHeaders ?? [])],
      queryString: query
        .split('&')
        .filter(Boolean)
        .map((pair) => {
          const [name = '', value = ''] = pair.split('=');
          return { name: decodeURIComponent(name), value: decodeURIComponent(value) };
        }),
      cookies: [],
      headersSize: -1,
      bodySize: 0,
      ...(parts.postData ? { postData: parts.postData } : {}),
    },
    response: {
      status: parts.status ?? 403,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [
        { name: 'content-type', value: parts.mimeType ?? 'application/json' },
        { name: 'date', value: 'Wed, 25 Nov 2026 00:10:00 GMT' },
        ...(parts.responseHeaders ?? []),
      ],
      cookies: [],
      content: {
        size: parts.body?.length ?? 0,
        mimeType: parts.mimeType ?? 'application/json',
        ...(parts.body === undefined ? {} : { text: parts.body }),
        ...(parts.bodyEncoding ? { encoding: parts.bodyEncoding } : {}),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0.1, wait: 40, receive: 1 },
    _resourceType: 'fetch',
  };
}

export function har(entries: HarEntry[]): Har {
  return {
    log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, pages: [], entries },
  };
}

/** An unsigned-looking but well-formed JWT (header and claims are real base64url JSON). */
export function jwt(claims: Record<string, unknown>, signature: string): string {
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'RS256', kid: 'k1' })}.${encode(claims)}.${signature}`;
}
