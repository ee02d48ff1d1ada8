import { describe, expect, it } from 'vitest';
import { handedOverHarHash, resultHash, routeFromHash } from './route.ts';

describe('analyzer routes', () => {
  it('round-trips a result id, even one with reserved characters', () => {
    expect(routeFromHash(resultHash('a b&c=d'))).toEqual({ view: 'result', resultId: 'a b&c=d' });
  });

  it('round-trips a handed-over HAR key', () => {
    expect(routeFromHash(handedOverHarHash('har:1'))).toEqual({ view: 'har', handedOverKey: 'har:1' });
  });

  it('falls back to the HAR analyzer', () => {
    expect(routeFromHash('')).toEqual({ view: 'har' });
    expect(routeFromHash('#result=')).toEqual({ view: 'har' });
    expect(routeFromHash('#whatever')).toEqual({ view: 'har' });
  });
});
