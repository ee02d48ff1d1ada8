import { describe, expect, it, vi } from 'vitest';
import { exchangeFromHarEntry, type HarEntryLike } from '../core/index.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import { type DiagnoseUrlDeps, diagnoseUrl } from './diagnose-url.ts';
import type { LiveAnswer } from './live-request.ts';
import { targetFromMenuClick } from './menu-target.ts';

const LINK = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/secret';

function deps(answer: LiveAnswer): DiagnoseUrlDeps & { saved: MenuResult[]; shown: MenuResult[] } {
  const saved: MenuResult[] = [];
  const shown: MenuResult[] = [];
  return {
    saved,
    shown,
    send: vi.fn(async () => answer),
    save: async (result) => {
      saved.push(result);
    },
    show: async (result) => {
      shown.push(result);
    },
    newId: () => 'result-1',
    now: () => new Date('2026-11-25T00:00:00Z'),
  };
}

const missingTokenEntry: HarEntryLike = {
  request: { method: 'GET', url: LINK },
  response: {
    status: 403,
    headers: [
      { name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' },
      { name: 'x-amzn-requestid', value: '11111111-2222-3333-4444-555555555555' },
      { name: 'content-type', value: 'application/json' },
    ],
    content: { mimeType: 'application/json', text: '{"message":"Missing Authentication Token"}' },
  },
};
const missingToken: LiveAnswer = {
  kind: 'answered',
  exchange: exchangeFromHarEntry(missingTokenEntry),
  entry: missingTokenEntry,
};

describe('diagnoseUrl', () => {
  it('sends one GET without cookies, classifies the answer, stores and shows it', async () => {
    const d = deps(missingToken);
    const result = await diagnoseUrl(
      targetFromMenuClick({ linkUrl: LINK }),
      Promise.resolve({ granted: true }),
      7,
      d,
    );
    expect(d.send).toHaveBeenCalledWith({ method: 'GET', url: LINK, headers: [], notResent: ['cookie'] });
    expect(result).toMatchObject({
      id: 'result-1',
      url: LINK,
      tabId: 7,
      requestedAt: '2026-11-25T00:00:00.000Z',
    });
    if (result.outcome.kind !== 'answered') throw new Error(result.outcome.kind);
    expect(result.outcome.diagnosis.flagged).toBe(true);
    expect(result.outcome.diagnosis.causes[0]?.id).toMatch(
      /^(resource-not-found-unsigned|missing-authentication-token)$/,
    );
    expect(d.saved).toEqual([result]);
    expect(d.shown).toEqual([result]);
  });

  it('turns a refused permission into a clear outcome and sends nothing', async () => {
    const d = deps(missingToken);
    const refused = Promise.resolve({
      granted: false as const,
      reason: 'error' as const,
      message: 'This function must be called during a user gesture',
    });
    const result = await diagnoseUrl(targetFromMenuClick({ linkUrl: LINK }), refused, undefined, d);
    expect(result.outcome).toEqual({
      kind: 'permission-refused',
      origin: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      message: 'This function must be called during a user gesture',
    });
    expect(d.send).not.toHaveBeenCalled();
    expect(d.shown).toHaveLength(1);
  });

  it('explains a selection without a URL', async () => {
    const d = deps(missingToken);
    const result = await diagnoseUrl(targetFromMenuClick({ selectionText: 'Forbidden' }), undefined, 1, d);
    expect(result.outcome).toEqual({ kind: 'not-a-url', input: 'Forbidden', reason: 'no-url' });
    expect(d.send).not.toHaveBeenCalled();
  });

  it('keeps a timeout a timeout', async () => {
    const d = deps({ kind: 'timeout', timeoutMs: 15000 });
    const result = await diagnoseUrl(
      targetFromMenuClick({ linkUrl: LINK }),
      Promise.resolve({ granted: true }),
      1,
      d,
    );
    expect(result.outcome).toEqual({ kind: 'timeout', timeoutMs: 15000 });
  });
});
