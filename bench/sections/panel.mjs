/**
 * (d) Panel in real Chromium. Needs dist/ (npm run build) and Chromium; runs
 * bench/in-browser/panel-bench.ts through Vite's module runner (TypeScript, and the e2e harness
 * it imports, without a build step) against bench/in-browser/burst-server.mjs.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { flaggedRequest, startBurstServer } from '../in-browser/burst-server.mjs';
import { describeProfile, summarizeProfile } from '../lib/cpu-profile.mjs';
import { check, formatSeconds, row, VERDICT } from '../lib/report.mjs';
import { missedBeyondNoise, summarize } from '../lib/stats.mjs';

const PANEL_BENCH = fileURLToPath(new URL('../in-browser/panel-bench.ts', import.meta.url));

/** Which flagged requests (by `bench=` number and the cause they carry) the panel lost or left undiagnosed. */
function describeMissing(flagged, result) {
  const shown = new Set(result.flaggedShown);
  const diagnosed = new Set(result.flaggedDiagnosed);
  const describe = (i) => `#${i} ${flaggedRequest(i).cause}`;
  const all = Array.from({ length: flagged }, (_, i) => i);
  const missing = all.filter((i) => !shown.has(i)).map(describe);
  const pending = all.filter((i) => shown.has(i) && !diagnosed.has(i)).map(describe);
  const parts = [];
  if (missing.length)
    parts.push(`not listed: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  if (pending.length)
    parts.push(`not diagnosed: ${pending.slice(0, 5).join(', ')}${pending.length > 5 ? ', …' : ''}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

function describeLag(ms) {
  if (ms === null) return 'never: not every flagged row was diagnosed';
  if (ms <= 0)
    return `0 s (the last flagged row was diagnosed ${formatSeconds(-ms)} before the page's last response)`;
  return formatSeconds(ms);
}

export async function measurePanel({ root, workDir, requests, flagged, loadRuns }) {
  const title = `panel with ${requests} requests in bursts of 250 (${flagged} flagged)`;
  if (!existsSync(join(root, 'dist', 'manifest.json'))) {
    return [
      row('d', title, undefined, 'not built: dist/manifest.json missing (npm run build)', VERDICT.skipped),
    ];
  }
  const { module } = await runnerImport(PANEL_BENCH, { configFile: false, logLevel: 'error' });
  const server = await startBurstServer();
  let result;
  try {
    result = await module.runPanelBench({
      hostResolverRules: server.hostResolverRules,
      pageUrl: server.pageUrl({
        requests,
        flaggedEvery: Math.round(requests / flagged),
        burst: 250,
        pauseMs: 50,
      }),
      requests,
      flagged,
      loadRuns,
    });
  } finally {
    await server.close();
  }
  const withExtension = summarize(result.loadMsWithExtension);
  const without = summarize(result.loadMsWithoutExtension);
  const emptyListener = summarize(result.loadMsWithEmptyListener);
  const loadRatio = withExtension.median / emptyListener.median;
  const spread = (s) => `${formatSeconds(s.median)} (${formatSeconds(s.min)}–${formatSeconds(s.max)})`;
  const tasks = result.longTasks;
  // The whole profile stays beside the other work files, for DevTools' Performance panel or a closer look.
  const profileFile = join(workDir, 'panel.cpuprofile');
  writeFileSync(profileFile, JSON.stringify(result.panelCpuProfile));
  return [
    row(
      'd',
      `${title}: flagged requests shown`,
      `all ${flagged}`,
      `${result.flaggedShown.length} shown, ${result.flaggedDiagnosed.length} diagnosed${describeMissing(flagged, result)}`,
      check(result.flaggedShown.length === flagged && result.flaggedDiagnosed.length === flagged),
    ),
    row(
      'd',
      'time from the last response to the last flagged row diagnosed',
      undefined,
      describeLag(result.lastResponseToLastDiagnosedMs),
    ),
    row(
      'd',
      'long tasks (> 50 ms) in the panel frame during the run (DevTools window tall enough to render every flagged row)',
      undefined,
      `${tasks.count} (total ${Math.round(tasks.totalMs)} ms, longest ${Math.round(tasks.maxMs)} ms)`,
    ),
    row(
      'd',
      'panel JS heap after the run (CDP Runtime.getHeapUsage)',
      undefined,
      `${(result.panelHeapUsedBytes / 2 ** 20).toFixed(1)} MB`,
    ),
    row(
      'd',
      'panel document CPU during the first load (CDP Profiler, 200 µs sampling; whole profile in bench/data/work/panel.cpuprofile)',
      undefined,
      describeProfile(summarizeProfile(result.panelCpuProfile)),
    ),
    {
      ...row(
        'd',
        'page load time (all requests answered): ours (panel open) / floor (an extension with an empty onRequestFinished listener) / no extension, DevTools open in all',
        'ours ≤ 1.05× floor',
        `${loadRatio.toFixed(3)}× the floor (${(withExtension.median / without.median).toFixed(3)}× no extension; floor ${(emptyListener.median / without.median).toFixed(3)}× no extension) — ${spread(withExtension)} / ${spread(emptyListener)} / ${spread(without)}, ${loadRuns} runs each, interleaved`,
        check(loadRatio <= 1.05),
      ),
      failsRun: missedBeyondNoise(withExtension, emptyListener, 1.05),
    },
  ];
}
