import { describe, expect, it, vi } from 'vitest';
import { type Exchange, exchangeFromHarEntry, type HarEntryLike } from '../core/index.ts';
import type { ReplayRequest } from '../shared/replay-plan.ts';
import type { LiveAnswer } from './live-request.ts';
import { replay } from './replay.ts';

const URL_MISSING_ROUTE = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/no-such-route';
const BEARER = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';

/** API Gateway's real answers for a path that does not exist: what it says depends on the Authorization header. */
function missingRouteAnswer(hasAuthorization: boolean): { errorType: string; message: string } {
  return hasAuthorization
    ? {
        errorType: 'IncompleteSignatureException',
        message: `'${BEARER.slice(7)}' not a valid key=value pair (missing equal-sign) in Authorization header: '${BEARER}'.`,
      }
    : { errorType: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
}

function gatewayEntry(method: string, requestHeaders: Array<[string, string]>, body?: string): HarEntryLike {
  const answer = missingRouteAnswer(requestHeaders.some(([name]) => name.toLowerCase() === 'authorization'));
  return {
    request: {
      method,
      url: URL_MISSING_ROUTE,
      headers: requestHeaders.map(([name, value]) => ({ name, value })),
      ...(body !== undefined ? { postData: { mimeType: 'application/json', text: body } } : {}),
    },
    response: {
      status: 403,
      headers: [
        { name: 'content-type', value: 'application/json' },
        { name: 'x-amzn-errortype', value: answer.errorType },
        { name: 'x-amzn-requestid', value: '11111111-2222-3333-4444-555555555555' },
        { name: 'x-amz-apigw-id', value: 'AbCdEfGhIjKlMnO=' },
      ],
      content: { mimeType: 'application/json', text: JSON.stringify({ message: answer.message }) },
    },
  };
}

function gatewayExchange(method: string, requestHeaders: Array<[string, string]>, body?: string): Exchange {
  return exchangeFromHarEntry(gatewayEntry(method, requestHeaders, body), { id: 'captured-1' });
}

function fakeGateway(): { send: (request: ReplayRequest) => Promise<LiveAnswer>; sent: ReplayRequest[] } {
  const sent: ReplayRequest[] = [];
  return {
    sent,
    send: async (request) => {
      sent.push(request);
      const entry = gatewayEntry(request.method, request.headers, request.body);
      return { kind: 'answered', exchange: exchangeFromHarEntry(entry), entry };
    },
  };
}

const allowAll = { hasAccess: async () => true };

describe('replay', () => {
  it('shows the diagnosis change when Authorization is dropped', async () => {
    const gateway = fakeGateway();
    const captured = gatewayExchange('GET', [['Authorization', BEARER]]);
    const result = await replay(
      { exchange: captured, variant: 'without-authorization', bodyConfirmed: false },
      { ...allowAll, send: gateway.send },
    );
    expect(gateway.sent[0]?.headers).toEqual([]);
    expect(result.outcome.kind).toBe('answered');
    if (result.outcome.kind !== 'answered') return;
    const before = result.before.causes.map((cause) => cause.id);
    const after = result.outcome.diagnosis.causes.map((cause) => cause.id);
    expect(before).toContain('resource-not-found-signed');
    expect(after).not.toContain('resource-not-found-signed');
    expect(after[0]).toMatch(/^(resource-not-found-unsigned|missing-authentication-token)$/);
  });

  it('re-sends the captured request unchanged in the as-captured variant', async () => {
    const gateway = fakeGateway();
    const captured = gatewayExchange('GET', [['Authorization', BEARER]]);
    const result = await replay(
      { exchange: captured, variant: 'as-captured', bodyConfirmed: false },
      { ...allowAll, send: gateway.send },
    );
    expect(gateway.sent[0]?.headers).toEqual([['authorization', BEARER]]);
    if (result.outcome.kind !== 'answered') throw new Error(result.outcome.kind);
    expect(result.outcome.diagnosis.causes[0]?.id).toBe(result.before.causes[0]?.id);
  });

  it('refuses a POST whose body the user has not confirmed, without sending anything', async () => {
    const send = vi.fn();
    const result = await replay(
      { exchange: gatewayExchange('POST', [], '{"order":1}'), variant: 'as-captured', bodyConfirmed: false },
      { ...allowAll, send },
    );
    expect(result.outcome).toEqual({ kind: 'method-not-allowed', method: 'POST' });
    expect(send).not.toHaveBeenCalled();
  });

  it('sends a POST with its body once the body was confirmed', async () => {
    const gateway = fakeGateway();
    await replay(
      { exchange: gatewayExchange('POST', [], '{"order":1}'), variant: 'as-captured', bodyConfirmed: true },
      { ...allowAll, send: gateway.send },
    );
    expect(gateway.sent[0]).toMatchObject({ method: 'POST', body: '{"order":1}' });
  });

  it('says the permission is missing instead of sending', async () => {
    const send = vi.fn();
    const result = await replay(
      { exchange: gatewayExchange('GET', []), variant: 'as-captured', bodyConfirmed: false },
      { hasAccess: async () => false, send },
    );
    expect(result.outcome).toEqual({
      kind: 'permission-refused',
      origin: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('passes timeouts and network errors through as such', async () => {
    const exchange = gatewayExchange('GET', []);
    const timeout = await replay(
      { exchange, variant: 'as-captured', bodyConfirmed: false },
      { ...allowAll, send: async () => ({ kind: 'timeout', timeoutMs: 15000 }) },
    );
    expect(timeout.outcome).toEqual({ kind: 'timeout', timeoutMs: 15000 });
    const failed = await replay(
      { exchange, variant: 'as-captured', bodyConfirmed: false },
      { ...allowAll, send: async () => ({ kind: 'network-error', message: 'Failed to fetch' }) },
    );
    expect(failed.outcome).toEqual({ kind: 'network-error', message: 'Failed to fetch' });
  });
});
