import { describe, expect, it } from 'vitest';
import type { ReplayRequest } from '../shared/replay-plan.ts';
import { sendLiveRequest } from './live-request.ts';

const request: ReplayRequest = {
  method: 'GET',
  url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/x',
  headers: [['x-api-key', 'k']],
  notResent: [],
};

describe('sendLiveRequest', () => {
  it('sends without credentials and turns the answer into an exchange', async () => {
    let init: RequestInit | undefined;
    const answer = await sendLiveRequest(request, {
      fetch: async (_url, options) => {
        init = options;
        return new Response('{"message":"Forbidden"}', {
          status: 403,
          headers: { 'content-type': 'application/json', 'X-Amzn-ErrorType': 'ForbiddenException' },
        });
      },
    });
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', headers: [['x-api-key', 'k']] });
    if (answer.kind !== 'answered') throw new Error(answer.kind);
    expect(answer.exchange).toMatchObject({
      method: 'GET',
      status: 403,
      host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      requestHeaders: [{ name: 'x-api-key', value: 'k' }],
      body: { kind: 'json', json: { message: 'Forbidden' } },
    });
    expect(answer.exchange.responseHeaders).toContainEqual({
      name: 'x-amzn-errortype',
      value: 'ForbiddenException',
    });
  });

  it('reports an empty body as empty', async () => {
    const answer = await sendLiveRequest(request, { fetch: async () => new Response(null, { status: 403 }) });
    if (answer.kind !== 'answered') throw new Error(answer.kind);
    expect(answer.exchange.body.kind).toBe('empty');
  });

  it('never follows a redirect: the captured headers must not reach an origin the user did not grant', async () => {
    let init: RequestInit | undefined;
    const opaqueRedirect = Object.defineProperty(new Response(null, { status: 200 }), 'type', {
      value: 'opaqueredirect',
    });
    const answer = await sendLiveRequest(request, {
      fetch: async (_url, options) => {
        init = options;
        return opaqueRedirect;
      },
    });
    expect(init?.redirect).toBe('manual');
    expect(answer).toEqual({ kind: 'redirect-not-followed', url: request.url });
  });

  it('reports a network error as such', async () => {
    const answer = await sendLiveRequest(request, {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(answer).toEqual({ kind: 'network-error', message: 'Failed to fetch' });
  });

  it('reports a request that never answers as a timeout', async () => {
    const answer = await sendLiveRequest(request, {
      timeoutMs: 5,
      fetch: (_url, options) =>
        new Promise((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(options.signal?.reason));
        }),
    });
    expect(answer).toEqual({ kind: 'timeout', timeoutMs: 5 });
  });
});
