import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIResponse, Response as PlaywrightResponse } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnoseError, type DiagnoseInput, type Diagnosis, diagnose, type HarEntry } from './index.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../inputs/__fixtures__/${name}`, import.meta.url), 'utf8');

const GATEWAY_HEADERS = {
  'content-type': 'application/json',
  'x-amzn-requestid': '6f4c2e9a-1b7d-4c8e-9f0a-3d5b7e9c1a2b',
  'x-amzn-errortype': 'MissingAuthenticationTokenException',
  'x-amz-apigw-id': 'Qm8dKFx2IAMEq3g=',
};
const MISSING_TOKEN = '{"message":"Missing Authentication Token"}';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(403, GATEWAY_HEADERS).end(MISSING_TOKEN);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const API_URL = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/orders';
const API_KEY = { 'x-api-key': 'k3Yv4lu3NotRealButLongEnough0123456789ab' };
const FORBIDDEN = '{"message":"Forbidden"}';

/** What the tests compare: facts also hold the response's Date, which a live server sets. */
const verdict = ({ flagged, origin, causes }: Diagnosis) => ({ flagged, origin, causes });

/** The same exchange as a HAR entry: what a response-like object must come out as. */
function entryOf(
  url: string,
  requestHeaders: Record<string, string>,
  body?: string,
  responseHeaders: Record<string, string> = GATEWAY_HEADERS,
): HarEntry {
  const nameValues = (record: Record<string, string>) =>
    Object.entries(record).map(([name, value]) => ({ name, value }));
  return {
    startedDateTime: '',
    time: 0,
    request: {
      method: 'GET',
      url,
      httpVersion: 'HTTP/1.1',
      headers: nameValues(requestHeaders),
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: 403,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: nameValues(responseHeaders),
      cookies: [],
      content:
        body === undefined
          ? { mimeType: 'application/json' }
          : { size: body.length, mimeType: 'application/json', text: body },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  };
}

describe('diagnose', () => {
  it('explains a fetch Response from a server answering like API Gateway', async () => {
    const url = `${base}/prod/orders`;
    const diagnosis = await diagnose(await fetch(url));
    expect(diagnosis.flagged).toBe(true);
    expect(diagnosis.origin).toBe('api-gateway');
    expect(diagnosis.facts.requestId).toBe(GATEWAY_HEADERS['x-amzn-requestid']);
    expect(verdict(diagnosis)).toEqual(verdict(await diagnose(entryOf(url, {}, MISSING_TOKEN))));
  });

  it('reads a Playwright-shaped response (methods, not properties) with its request', async () => {
    const forbidden = { ...GATEWAY_HEADERS, 'x-amzn-errortype': 'ForbiddenException' };
    const request = { method: () => 'GET', headers: () => API_KEY };
    const response = {
      url: () => API_URL,
      status: () => 403,
      headers: () => forbidden,
      text: async () => FORBIDDEN,
      request: () => request,
    };
    const diagnosis = await diagnose(response);
    expect(diagnosis.facts.apiId).toBe('a1b2c3d4e5');
    expect(verdict(diagnosis)).toEqual(
      verdict(await diagnose(entryOf(API_URL, API_KEY, FORBIDDEN, forbidden))),
    );
    // The request headers were read: without the key, the same answer is explained otherwise.
    expect(verdict(diagnosis)).not.toEqual(
      verdict(await diagnose(entryOf(API_URL, {}, FORBIDDEN, forbidden))),
    );
  });

  it('keeps a body it cannot read unknown, not empty', async () => {
    const diagnosis = await diagnose({
      url: API_URL,
      status: 403,
      headers: new Headers(GATEWAY_HEADERS),
      text: () => Promise.reject(new Error('Response body is unavailable for redirect responses')),
    });
    expect(diagnosis.origin).toBe('api-gateway');
    expect(verdict(diagnosis)).toEqual(verdict(await diagnose(entryOf(API_URL, {}))));
    expect(verdict(diagnosis)).not.toEqual(verdict(await diagnose(entryOf(API_URL, {}, ''))));
  });

  it('explains pasted text in any format the readers know, with hints for what it lacks', async () => {
    const curl = await diagnose(fixture('curl-v-waf-forbidden.txt'));
    expect(curl.flagged).toBe(true);
    expect(curl.facts.apiId).toBe('bvjsehtazj');
    const bare = await diagnose(MISSING_TOKEN, {
      hints: {
        url: API_URL,
        status: 403,
        headers: [{ name: 'x-amzn-ErrorType', value: 'MissingAuthenticationTokenException' }],
      },
    });
    expect(bare.flagged).toBe(true);
    expect(bare.facts.apiId).toBe('a1b2c3d4e5');
  });

  it('explains the last flagged exchange of a text holding several', async () => {
    const redirected = [
      'HTTP/1.1 301 Moved Permanently\r\nLocation: /prod/orders\r\n\r\n',
      `HTTP/1.1 403 Forbidden\r\n${Object.entries(GATEWAY_HEADERS)
        .map(([name, value]) => `${name}: ${value}`)
        .join('\r\n')}\r\n\r\n${MISSING_TOKEN}\r\n`,
      'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
    ].join('');
    const diagnosis = await diagnose(redirected, { hints: { url: API_URL } });
    expect(diagnosis.flagged).toBe(true);
    expect(diagnosis.exchangeId).toBe('har:1');
  });

  it('rejects input with no exchange with a DiagnoseError saying why', async () => {
    await expect(diagnose('   ')).rejects.toMatchObject({ name: 'DiagnoseError', code: 'empty' });
    await expect(diagnose('{"log": {"entries": [')).rejects.toBeInstanceOf(DiagnoseError);
  });

  it("accepts fetch's and Playwright's response types as they are", () => {
    // Compile-time: the README example passes Playwright's objects straight in.
    const fromPage = (response: PlaywrightResponse) => diagnose(response);
    const fromApi = (response: APIResponse) => diagnose(response);
    const fromFetch = (response: Response) => diagnose(response);
    const anything: DiagnoseInput[] = [];
    expect([fromPage, fromApi, fromFetch, anything]).toHaveLength(4);
  });
});
