import { describe, expect, it } from 'vitest';
import { blockedByPreflight } from './blocked-request.ts';
import { entry, HOSTS } from './causes/example-wire.ts';
import { classify } from './classify.ts';
import { contextFrom } from './context.ts';
import { exchangeFromHarEntry } from './exchange.ts';

const url = `${HOSTS.rest}/prod/items`;
const preflight = exchangeFromHarEntry(
  entry({
    method: 'OPTIONS',
    url,
    errorType: 'MissingAuthenticationTokenException',
    body: { message: 'Missing Authentication Token' },
    requestHeaders: { Origin: HOSTS.page, 'Access-Control-Request-Method': 'POST' },
    resourceType: 'preflight',
  }),
  { id: 'pre' },
);
const blocked = exchangeFromHarEntry(
  {
    request: { method: 'POST', url, headers: [{ name: 'Origin', value: HOSTS.page }] },
    response: { status: 0, headers: [], _error: 'net::ERR_FAILED' },
  },
  { id: 'post' },
);

describe('blockedByPreflight', () => {
  const context = contextFrom([preflight, blocked]);
  const preflightDiagnosis = classify(preflight, context);

  it('explains a request that alone is an unexplained status 0 by its failed preflight', () => {
    expect(classify(blocked, context)).toMatchObject({ flagged: false, causes: [] });
    const diagnosis = blockedByPreflight(blocked, preflight, preflightDiagnosis);
    expect(diagnosis).toMatchObject({ exchangeId: 'post', flagged: true, origin: 'api-gateway' });
    expect(diagnosis.causes[0]?.id).toBe('cors-preflight-403');
    expect(diagnosis.facts).toEqual(preflightDiagnosis.facts);
  });

  it('says on every cause that this request was never sent because its preflight got 403', () => {
    const diagnosis = blockedByPreflight(blocked, preflight, preflightDiagnosis);
    for (const [index, cause] of diagnosis.causes.entries()) {
      expect(cause.evidence[0]).toEqual({
        kind: 'context',
        detail: 'this request was never sent: its CORS preflight got HTTP 403',
        key: 'cause_evidence_blocked_by_preflight',
        substitutions: ['403'],
      });
      expect(cause.evidence.slice(1)).toEqual(preflightDiagnosis.causes[index]?.evidence);
    }
  });

  it('leaves the request unflagged when nothing explains its preflight either', () => {
    const unflagged = { ...preflightDiagnosis, flagged: false, causes: [] };
    expect(blockedByPreflight(blocked, preflight, unflagged)).toMatchObject({ flagged: false, causes: [] });
  });
});
