import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateFromAnalysis } from './analysis-state.ts';
import { analyzeForPage } from './page-analysis.ts';

const CORS_HAR = readFileSync(new URL('../../test/fixtures/cors-preflight.har', import.meta.url), 'utf8');

describe('stateFromAnalysis', () => {
  it('pairs a failed preflight with the request it blocked, which shows the preflight diagnosis', async () => {
    const state = stateFromAnalysis(await analyzeForPage({ text: CORS_HAR }));
    const rows = state.order.map((id) => state.records[id]);
    const preflight = rows.find((row) => row?.exchange.method === 'OPTIONS');
    const blocked = rows.find((row) => row?.exchange.status === 0);
    expect(blocked?.pairedId).toBe(preflight?.id);
    expect(preflight?.pairedId).toBe(blocked?.id);
    expect(blocked?.diagnosis?.causes[0]?.id).toBe('cors-preflight-403');
    expect(blocked?.diagnosis?.causes[0]?.evidence[0]?.detail).toBe(
      'this request was never sent: its CORS preflight got HTTP 403',
    );
  });

  it('opens on the first flagged request, with every row already seen and nothing left to backfill', async () => {
    const state = stateFromAnalysis(await analyzeForPage({ text: CORS_HAR }));
    expect(state.selectedId).toBe(state.order[0]);
    expect(state.records[state.order[0] ?? '']?.exchange.method).toBe('OPTIONS');
    expect(Object.values(state.records).every((record) => record.seen)).toBe(true);
    expect(state.backfill).toBe('done');
  });
});
