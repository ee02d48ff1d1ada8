/** Summary statistics for repeated timings: the median is the figure, min–max shows the noise. */

export function summarize(values) {
  if (values.length === 0) throw new Error('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/**
 * Runs every arm once per round, rotating the order each round, so that machine drift hits all
 * arms alike. `arms` maps a name to an async function returning milliseconds. Rounds continue
 * up to `maxRuns` while the next one (assumed as long as the last) fits in `budgetMs`, and never
 * stop before `minRuns`.
 */
export async function interleaved(arms, { minRuns, maxRuns = minRuns, budgetMs = Number.POSITIVE_INFINITY }) {
  const names = Object.keys(arms);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  const started = performance.now();
  for (let round = 0; round < maxRuns; round++) {
    const roundStarted = performance.now();
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      times[name].push(await arms[name]());
    }
    const now = performance.now();
    if (round + 1 >= minRuns && now - started + (now - roundStarted) > budgetMs) break;
  }
  return Object.fromEntries(names.map((name) => [name, summarize(times[name])]));
}

/**
 * Whether `ours / floor` misses `target` by more than this run's own noise: the ratio is compared
 * with the target widened by half the relative min–max spread of each arm. A miss inside the noise
 * is reported but does not fail the run (on a shared machine it may be the neighbours, not us).
 */
export function missedBeyondNoise(ours, floor, target) {
  const spread = (s) => (s.max - s.min) / (2 * s.median);
  return ours.median / floor.median > target * (1 + spread(ours) + spread(floor));
}
