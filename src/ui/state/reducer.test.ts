import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, type LocaleMessages } from '../../core/index.ts';
import { diagnosisOf, recordOf } from '../test-support/records.ts';
import type { PanelAction } from './actions.ts';
import { initialPanelState, panelReducer } from './reducer.ts';
import { unseenForbiddenCount, visibleRows } from './selectors.ts';
import type { PanelState } from './types.ts';

const t = createTranslator(english as LocaleMessages);
const visibleIds = (state: PanelState) => visibleRows(state, t).ids;

function run(actions: PanelAction[], state: PanelState = initialPanelState()): PanelState {
  return actions.reduce(panelReducer, state);
}

const captured = (...args: Parameters<typeof recordOf>): PanelAction => ({
  type: 'captured',
  record: recordOf(...args),
});

/** A gateway success the worker learnt context from: no row, kept for export. */
const contextCaptured = (id: string): PanelAction => {
  const { entry, exchange } = recordOf(id, {
    status: 200,
    url: `https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/${id}`,
  });
  return { type: 'contextCaptured', context: { id, host: exchange.host, entry } };
};
const contextIds = (state: PanelState) => state.context.map((kept) => kept.id);

describe('panelReducer: capture and diagnosis', () => {
  it('lists a captured candidate as pending, then shows the worker diagnosis', () => {
    const state = run([captured('a'), { type: 'diagnosed', requestId: 'a', diagnosis: diagnosisOf('a') }]);
    expect(state.order).toEqual(['a']);
    expect(state.records.a?.state).toBe('diagnosed');
    expect(state.records.a?.diagnosis?.causes[0]?.id).toBe('missing-authentication-token');
  });

  it('keeps one row when the same request arrives live and again from the getHAR backfill', () => {
    const state = run([captured('a'), captured('a', {}, { backfilled: true })]);
    expect(state.order).toEqual(['a']);
    expect(state.records.a?.backfilled).toBe(false);
  });

  it('ignores diagnoses for requests it no longer has (cleared by a navigation)', () => {
    const state = run([
      captured('a'),
      { type: 'navigated' },
      { type: 'diagnosed', requestId: 'a', diagnosis: diagnosisOf('a') },
    ]);
    expect(state.order).toEqual([]);
    expect(state.records).toEqual({});
  });

  it('marks failures and re-diagnosis', () => {
    let state = run([captured('a'), { type: 'failed', requestId: 'a', message: 'worker gone' }]);
    expect(state.records.a).toMatchObject({ state: 'error', error: 'worker gone' });
    state = panelReducer(state, { type: 'rediagnosing', requestId: 'a' });
    expect(state.records.a).toMatchObject({ state: 'pending', error: undefined });
  });

  it('drops the body of a request the worker did not flag, keeping the flagged ones', () => {
    const body = { kind: 'json' as const, text: '{"message":"x"}', json: { message: 'x' } };
    const state = run([
      captured('ok', { body }),
      captured('bad', { body }),
      { type: 'diagnosed', requestId: 'ok', diagnosis: diagnosisOf('ok', []) },
      { type: 'diagnosed', requestId: 'bad', diagnosis: diagnosisOf('bad') },
    ]);
    expect(state.records.ok?.exchange.body).toEqual({ kind: 'absent' });
    expect(state.records.ok?.entry.response.content?.text).toBeUndefined();
    expect(state.records.bad?.exchange.body).toEqual(body);
    expect(state.records.bad?.entry.response.content?.text).toBe('{"message":"x"}');
  });
});

describe('panelReducer: navigation and preserve log', () => {
  it('clears on navigation unless Preserve log is on', () => {
    expect(run([captured('a'), { type: 'navigated' }]).order).toEqual([]);
    const preserved = run([
      { type: 'settingsChanged', settings: { preserveLog: true } },
      captured('a'),
      { type: 'navigated' },
    ]);
    expect(preserved.order).toEqual(['a']);
  });

  it('forgets the context entries with the rows, unless Preserve log is on', () => {
    expect(contextIds(run([contextCaptured('ok'), { type: 'navigated' }]))).toEqual([]);
    expect(contextIds(run([contextCaptured('ok'), { type: 'cleared' }]))).toEqual([]);
    const preserved = run([
      { type: 'settingsChanged', settings: { preserveLog: true } },
      contextCaptured('ok'),
      { type: 'navigated' },
    ]);
    expect(contextIds(preserved)).toEqual(['ok']);
  });

  it('forgets the late-open notice when cleared', () => {
    const state = run([{ type: 'backfillFinished', missedBeforeOpen: true }, { type: 'cleared' }]);
    expect(state.missedBeforeOpen).toBe(false);
  });
});

describe('panelReducer: bounded memory', () => {
  it('drops the oldest requests beyond the limit and counts them', () => {
    const state = run([
      { type: 'settingsChanged', settings: { maxRequests: 2 } },
      captured('a'),
      captured('b'),
      { type: 'selected', requestId: 'a' },
      captured('c'),
    ]);
    expect(state.order).toEqual(['b', 'c']);
    expect(state.records.a).toBeUndefined();
    expect(state.droppedCount).toBe(1);
    expect(state.selectedId).toBeUndefined();
  });

  it('applies a lowered limit at once', () => {
    const state = run([
      captured('a'),
      captured('b'),
      captured('c'),
      { type: 'settingsChanged', settings: { maxRequests: 1 } },
    ]);
    expect(state.order).toEqual(['c']);
    expect(state.droppedCount).toBe(2);
  });

  it('keeps context entries apart from the rows, once each, the newest within the limit', () => {
    const state = run([
      { type: 'settingsChanged', settings: { maxRequests: 2 } },
      captured('a'),
      contextCaptured('ok1'),
      contextCaptured('ok1'),
      contextCaptured('ok2'),
      contextCaptured('ok3'),
    ]);
    expect(state.order).toEqual(['a']);
    expect(contextIds(state)).toEqual(['ok2', 'ok3']);
    expect(state.droppedCount).toBe(0);
    expect(contextIds(run([{ type: 'settingsChanged', settings: { maxRequests: 1 } }], state))).toEqual([
      'ok3',
    ]);
  });
});

describe('panelReducer: CORS preflight pairing', () => {
  const url = 'https://h7t8p9a0p1.execute-api.eu-west-1.amazonaws.com/items';
  const preflight = captured(
    'pre',
    {
      url,
      method: 'OPTIONS',
      isPreflight: true,
      requestHeaders: [{ name: 'access-control-request-method', value: 'PUT' }],
    },
    { preflightFor: url },
  );
  const blocked = captured(
    'put',
    { url, method: 'PUT', status: 0, error: 'net::ERR_FAILED' },
    { candidate: false },
  );

  it('pairs a failed preflight with the request it blocked, whichever finishes first', () => {
    for (const actions of [
      [preflight, blocked],
      [blocked, preflight],
    ]) {
      const state = run(actions);
      expect(state.records.pre?.pairedId).toBe('put');
      expect(state.records.put?.pairedId).toBe('pre');
    }
  });

  it('does not pair a request of another method or URL', () => {
    const other = captured('get', { url, method: 'GET', status: 0 }, { candidate: false });
    const elsewhere = captured('x', { url: `${url}/other`, method: 'PUT', status: 0 }, { candidate: false });
    const state = run([preflight, other, elsewhere]);
    expect(state.records.pre?.pairedId).toBeUndefined();
  });

  it('shows the blocked request in the API Gateway view because its preflight is flagged', () => {
    const state = run([
      preflight,
      blocked,
      { type: 'diagnosed', requestId: 'pre', diagnosis: diagnosisOf('pre', ['cors-preflight-403']) },
    ]);
    expect(visibleIds(state)).toEqual(['pre', 'put']);
  });

  it("gives the blocked request its preflight's diagnosis, whichever arrives or is diagnosed last", () => {
    const preflightDiagnosed: PanelAction = {
      type: 'diagnosed',
      requestId: 'pre',
      diagnosis: diagnosisOf('pre', ['cors-preflight-403']),
    };
    const blockedDiagnosed: PanelAction = {
      type: 'diagnosed',
      requestId: 'put',
      diagnosis: diagnosisOf('put', []),
    };
    for (const actions of [
      [preflight, blocked, preflightDiagnosed],
      [preflight, preflightDiagnosed, blocked],
      [blocked, preflight, preflightDiagnosed, blockedDiagnosed],
    ]) {
      const put = run(actions).records.put;
      expect(put?.state).toBe('diagnosed');
      expect(put?.diagnosis?.exchangeId).toBe('put');
      expect(put?.diagnosis?.causes.map((cause) => cause.id)).toEqual(['cors-preflight-403']);
      expect(put?.diagnosis?.causes[0]?.evidence[0]?.detail).toBe(
        'this request was never sent: its CORS preflight got HTTP 403',
      );
    }
  });

  it('leaves the blocked request unexplained while its preflight is not diagnosed', () => {
    expect(run([preflight, blocked]).records.put?.diagnosis).toBeUndefined();
  });
});

describe('selectors', () => {
  it('hides requests the worker did not flag in the API Gateway view, shows 4xx in the all-4xx view', () => {
    const state = run([
      captured('flagged'),
      captured('clean', { status: 404 }),
      captured(
        'other',
        { status: 404, url: 'https://example.com/x' },
        { candidate: false, state: 'diagnosed' },
      ),
      { type: 'diagnosed', requestId: 'flagged', diagnosis: diagnosisOf('flagged') },
      { type: 'diagnosed', requestId: 'clean', diagnosis: diagnosisOf('clean', []) },
    ]);
    expect(visibleIds(state)).toEqual(['flagged']);
    expect(visibleIds(panelReducer(state, { type: 'scopeChanged', scope: 'all-4xx' }))).toEqual([
      'flagged',
      'clean',
      'other',
    ]);
  });

  it('filters on every word, across method, URL, status, error type and the cause as shown', () => {
    const state = run([
      captured('a', {
        responseHeaders: [{ name: 'x-amzn-errortype', value: 'ForbiddenException:http://internal' }],
      }),
      captured('b', { method: 'POST', url: 'https://api.demo-shop.test/orders' }),
      { type: 'diagnosed', requestId: 'a', diagnosis: diagnosisOf('a', ['invalid-api-key']) },
    ]);
    const filtered = (text: string) => visibleIds(panelReducer(state, { type: 'filterChanged', text }));
    expect(filtered('forbiddenexception')).toEqual(['a']);
    expect(filtered('invalid-api-key')).toEqual([]);
    expect(filtered('cause:invalid-api-key')).toEqual(['a']);
    expect(filtered('post demo-shop')).toEqual(['b']);
    expect(filtered('post pets')).toEqual([]);
  });

  it('counts live 403s until the user asks to see what is new, never backfilled ones; clicking a row does not count down', () => {
    let state = run([
      captured('a'),
      captured('b'),
      captured('c', {}, { backfilled: true }),
      captured('d', { status: 401 }),
    ]);
    expect(unseenForbiddenCount(state)).toBe(2);
    state = panelReducer(state, { type: 'selected', requestId: 'a' });
    expect(unseenForbiddenCount(state)).toBe(2);
    state = panelReducer(state, { type: 'allSeen' });
    expect(unseenForbiddenCount(state)).toBe(0);
  });
});

describe('keyboard selection', () => {
  const three = run([captured('a'), captured('b'), captured('c')]);
  const ids = ['a', 'b', 'c'];
  const move = (state: PanelState, to: 'next' | 'previous' | 'first' | 'last') =>
    panelReducer(state, { type: 'selectionMoved', visibleIds: ids, to });

  it('starts at the top going down and at the bottom going up', () => {
    expect(move(three, 'next').selectedId).toBe('a');
    expect(move(three, 'previous').selectedId).toBe('c');
  });

  it('moves one row and stops at the ends', () => {
    let state = move(three, 'next');
    state = move(move(move(state, 'next'), 'next'), 'next');
    expect(state.selectedId).toBe('c');
    expect(move(state, 'first').selectedId).toBe('a');
    expect(move(move(state, 'first'), 'previous').selectedId).toBe('a');
  });

  it('pages by the number of rows in view, stopping at the ends', () => {
    const many = Array.from({ length: 30 }, (_, index) => `r${index}`);
    let state = run(many.map((id) => captured(id)));
    const page = (to: 'pageDown' | 'pageUp') =>
      (state = panelReducer(state, { type: 'selectionMoved', visibleIds: many, to, pageSize: 12 }));
    expect(page('pageDown').selectedId).toBe('r0');
    expect(page('pageDown').selectedId).toBe('r12');
    expect(page('pageDown').selectedId).toBe('r24');
    expect(page('pageDown').selectedId).toBe('r29');
    expect(page('pageUp').selectedId).toBe('r17');
  });
});

describe('panelReducer: batches', () => {
  it('applies a batch like the same actions one by one, without touching the previous state', () => {
    const actions: PanelAction[] = [
      captured('a'),
      captured('b'),
      { type: 'diagnosed', requestId: 'a', diagnosis: diagnosisOf('a') },
      { type: 'selected', requestId: 'b' },
      captured('c'),
    ];
    const before = run([captured('z')]);
    const frozen = structuredClone(before);
    const batched = panelReducer(before, { type: 'batch', actions });
    expect(batched).toEqual(run(actions, before));
    expect(before).toEqual(frozen);
  });

  it('captures 5,000 requests in one batch', () => {
    const actions = Array.from({ length: 5000 }, (_, index) => captured(`r${index}`));
    const state = panelReducer(initialPanelState(), { type: 'batch', actions });
    expect(state.order).toHaveLength(5000);
  });
});
