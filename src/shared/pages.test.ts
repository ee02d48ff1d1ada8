import { describe, expect, it } from 'vitest';
import { accessPage, handedOverHarPage, resultPage, routeFromHash } from './pages.ts';

const hashOf = (page: string) => page.slice(page.indexOf('#'));

describe('analyzer routes', () => {
  it('round-trips a result id, even one with reserved characters', () => {
    expect(routeFromHash(hashOf(resultPage('a b&c=d')))).toEqual({ view: 'result', resultId: 'a b&c=d' });
  });

  it('round-trips a handed-over HAR key', () => {
    expect(routeFromHash(hashOf(handedOverHarPage('har:1')))).toEqual({
      view: 'har',
      handedOverKey: 'har:1',
    });
  });

  it('falls back to the HAR analyzer', () => {
    expect(routeFromHash(hashOf(accessPage('https://api.example:8443')))).toEqual({
      view: 'access',
      origin: 'https://api.example:8443',
    });
    expect(routeFromHash('')).toEqual({ view: 'har' });
    expect(routeFromHash('#result=')).toEqual({ view: 'har' });
    expect(routeFromHash('#whatever')).toEqual({ view: 'har' });
  });
});
