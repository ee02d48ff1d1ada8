/**
 * Where a CDP CPU profile (`Profiler.stop`'s `profile`) spent its time: self time per function, and the
 * share of the engine's own buckets (garbage collection, idle, "program": native work outside JS, such as
 * the extension messaging that hands DevTools' requests to the panel).
 */

const BUCKETS = new Set(['(garbage collector)', '(idle)', '(program)', '(root)']);

function label({ functionName, url, lineNumber }) {
  if (BUCKETS.has(functionName)) return functionName;
  const file = url ? url.replace(/^.*\//, '').replace(/[?#].*$/, '') : '';
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : '(native)'}`;
}

/** `{ totalMs, idleMs, busyMs, gcMs, programMs, top: [{ name, selfMs }] }`, top by self time. */
export function summarizeProfile(profile, topCount = 15) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  let totalMs = 0;
  profile.samples.forEach((nodeId, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    totalMs += ms;
    const name = label(nodes.get(nodeId).callFrame);
    selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
  });
  const of = (name) => selfMs.get(name) ?? 0;
  const idleMs = of('(idle)');
  const top = [...selfMs]
    .filter(([name]) => name !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, topCount)
    .map(([name, ms]) => ({ name, selfMs: ms }));
  return {
    totalMs,
    idleMs,
    busyMs: totalMs - idleMs,
    gcMs: of('(garbage collector)'),
    programMs: of('(program)'),
    top,
  };
}

/** One line for the results table: busy time and its biggest parts. */
export function describeProfile(summary, shown = 6) {
  const pct = (ms) => `${((100 * ms) / summary.busyMs).toFixed(0)}%`;
  const parts = summary.top.slice(0, shown).map(({ name, selfMs }) => `${name} ${pct(selfMs)}`);
  return `busy ${(summary.busyMs / 1000).toFixed(2)} s of ${(summary.totalMs / 1000).toFixed(1)} s; by self time: ${parts.join(', ')}`;
}
