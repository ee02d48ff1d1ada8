import { describe, expect, it } from 'vitest';
import { interleaved, missedBeyondNoise, summarize } from '../lib/stats.mjs';

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
    const result = await interleaved({ a: arm('a', 10), b: arm('b', 20), c: arm('c', 30) }, { minRuns: 3 });
    expect(calls).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(result.b).toEqual({ median: 20, min: 20, max: 20, runs: 3 });
  });

  it('stops after minRuns when the budget is spent, and never goes past maxRuns', async () => {
    let calls = 0;
    const arm = async () => {
      calls += 1;
      return 1;
    };
    const spent = await interleaved({ a: arm }, { minRuns: 2, maxRuns: 5, budgetMs: 0 });
    expect(spent.a.runs).toBe(2);
    const unlimited = await interleaved({ a: arm }, { minRuns: 2, maxRuns: 4 });
    expect(unlimited.a.runs).toBe(4);
    expect(calls).toBe(6);
  });
});

describe('missedBeyondNoise', () => {
  const steady = (median) => ({ median, min: median, max: median, runs: 5 });
  it('fails a ratio over its target when both arms were steady', () => {
    expect(missedBeyondNoise(steady(130), steady(100), 1.25)).toBe(true);
    expect(missedBeyondNoise(steady(120), steady(100), 1.25)).toBe(false);
  });

  it("does not fail a miss the run's own spread can explain", () => {
    const noisy = { median: 130, min: 100, max: 160, runs: 5 };
    expect(missedBeyondNoise(noisy, steady(100), 1.25)).toBe(false);
    expect(missedBeyondNoise({ ...noisy, median: 200 }, steady(100), 1.25)).toBe(true);
  });
});
