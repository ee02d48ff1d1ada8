import { describe, expect, it } from 'vitest';
import { interleaved, summarize } from '../lib/stats.mjs';

describe('summarize', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('refuses an empty set instead of reporting NaN', () => {
    expect(() => summarize([])).toThrow(/no values/);
  });
});

describe('interleaved', () => {
  it('runs every arm each round and rotates who goes first', async () => {
    const calls = [];
    const arm = (name, ms) => async () => {
      calls.push(name);
      return ms;
    };
    const result = await interleaved(3, { a: arm('a', 10), b: arm('b', 20), c: arm('c', 30) });
    expect(calls).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(result.b).toEqual({ median: 20, min: 20, max: 20, runs: 3 });
  });
});
