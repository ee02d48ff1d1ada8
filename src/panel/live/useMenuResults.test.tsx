// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { classify, emptyContext, exchangeFromHarEntry, type HarEntryLike } from '../../core/index.ts';
import type { MenuResult } from '../../shared/live-protocol.ts';
import type { PanelAction } from '../../ui/state/actions.ts';
import { useMenuResults } from './useMenuResults.ts';

function answered(status: number, errorType?: string): MenuResult {
  const entry: HarEntryLike = {
    request: { method: 'GET', url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/reports' },
    response: {
      status,
      headers: [
        { name: 'x-amzn-requestid', value: '11111111-2222-3333-4444-555555555555' },
        ...(errorType ? [{ name: 'x-amzn-errortype', value: errorType }] : []),
      ],
      content: {
        mimeType: 'application/json',
        text: status === 200 ? '{}' : '{"message":"Missing Authentication Token"}',
      },
    },
  };
  const exchange = exchangeFromHarEntry(entry, { id: `live:${status}` });
  return {
    id: 'r',
    requestedAt: '2026-11-25T00:00:00.000Z',
    outcome: {
      kind: 'answered',
      exchange,
      entry,
      diagnosis: classify(exchange, emptyContext()),
      notResent: [],
    },
  };
}

function setUp() {
  let deliver: (result: MenuResult) => void = () => undefined;
  const actions: PanelAction[] = [];
  const hook = renderHook(() =>
    useMenuResults(
      (listener) => {
        deliver = listener;
        return () => undefined;
      },
      (action) => actions.push(action),
    ),
  );
  return { hook, actions, deliver: (result: MenuResult) => act(() => deliver(result)) };
}

describe('useMenuResults', () => {
  it('adds a flagged result as a selected row', () => {
    const { hook, actions, deliver } = setUp();
    deliver(answered(403, 'MissingAuthenticationTokenException'));
    expect(actions.map((action) => action.type)).toEqual(['captured', 'selected']);
    expect(actions[0]).toMatchObject({ record: { id: 'live:403', state: 'diagnosed', candidate: true } });
    expect(hook.result.current.notice).toBeUndefined();
  });

  it('shows anything else as a notice, without a row', () => {
    const { hook, actions, deliver } = setUp();
    deliver(answered(200));
    deliver({ id: 't', requestedAt: '', outcome: { kind: 'timeout', timeoutMs: 15000 } });
    expect(actions).toEqual([]);
    expect(hook.result.current.notice?.outcome.kind).toBe('timeout');
    act(() => hook.result.current.dismissNotice());
    expect(hook.result.current.notice).toBeUndefined();
  });
});
