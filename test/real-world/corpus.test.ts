import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase, evaluate, isHeldOut, type RealWorldCase, recordedFloor } from './corpus.ts';

const README = readFileSync(new URL('./README.md', import.meta.url), 'utf8');

describe('the real-world corpus, dev split', () => {
  it('scores at least the floor recorded in test/real-world/README.md', async () => {
    const floor = recordedFloor(README);
    expect(floor, 'README records "Floor on the dev split: top-1 ≥ N%, top-3 ≥ M%"').toBeDefined();
    const f = await evaluate('dev');
    if (f.total === 0) return;
    expect((100 * f.top1) / f.total).toBeGreaterThanOrEqual(floor?.top1 ?? 100);
    expect((100 * f.top3) / f.total).toBeGreaterThanOrEqual(floor?.top3 ?? 100);
  });
});

describe('a case goes through the CLI pipeline without invented values', () => {
  const bare: RealWorldCase = {
    source: 'https://example.test/q/1',
    kind: 'forum',
    quote: 'made up',
    exchange: { response: { status: 403 } },
    causes: ['invalid-api-key'],
    confidence: 'medium',
  };

  it('marks what the poster did not show as unseen, and a body not shown as absent', async () => {
    const { exchange, diagnosis } = await analyzeCase(bare);
    expect(exchange.unseen).toEqual({ method: true, url: true, requestHeaders: true, responseHeaders: true });
    expect(exchange.body.kind).toBe('absent');
    expect(exchange.status).toBe(403);
    expect(diagnosis.flagged).toBe(true);
  });

  it('analyses a case that shows only a body, with the status unknown', async () => {
    const { exchange, diagnosis } = await analyzeCase({
      ...bare,
      exchange: { response: { body: '{"message":"Missing Authentication Token"}' } },
    });
    expect(exchange.unseen?.status).toBe(true);
    expect(diagnosis.causes[0]?.id).toBe('resource-not-found-unsigned');
  });

  it('keeps a body shown as "" empty, and shown headers seen', async () => {
    const { exchange } = await analyzeCase({
      ...bare,
      exchange: {
        request: {
          method: 'get',
          url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/x',
          headers: [{ name: 'User-Agent', value: 'curl/8.5.0' }],
        },
        response: {
          status: 403,
          headers: [{ name: 'X-Amzn-ErrorType', value: 'ForbiddenException' }],
          body: '',
        },
      },
    });
    expect(exchange.unseen).toBeUndefined();
    expect(exchange.body.kind).toBe('empty');
    expect(exchange.responseHeaders).toEqual([{ name: 'x-amzn-errortype', value: 'ForbiddenException' }]);
  });

  it('holds out a stable quarter chosen by file name', () => {
    const names = Array.from({ length: 400 }, (_, i) => `stackoverflow-case-${i}.json`);
    const held = names.filter(isHeldOut).length;
    expect(held).toBeGreaterThan(70);
    expect(held).toBeLessThan(130);
    expect(isHeldOut('dir/stackoverflow-case-7.json')).toBe(isHeldOut('stackoverflow-case-7.json'));
  });
});
