#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --sections a,b,c,d,e,f]`: every benchmark figure of issue 8 in
 * one table, printed and written to bench/results/latest.md (full runs) or bench/data/latest-quick.md.
 *   a CLI vs floor · b streaming > 600 MB · c in-process classifier · d panel in Chromium ·
 *   e bundle sizes · f peers.
 * Exits 1 when a section failed, a ratio target is missed by more than the run's own noise, or the
 * worker bundle is over budget; rows whose inputs are not
 * built yet are "skipped" and do not fail the run.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GENERATOR_VERSION, generateHar } from './generate-har.mjs';
import { machineInfo, renderTable, row, VERDICT } from './lib/report.mjs';
import { measureBundles } from './sections/bundles.mjs';
import { compareCli } from './sections/cli-comparisons.mjs';
import { measureInProcess } from './sections/in-process.mjs';
import { measureStreaming } from './sections/streaming.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const CLI = join(ROOT, 'dist-cli', 'apigw403.mjs');
const SEED = 'apigw403-bench';

const EVERY_RUN = { minRuns: 5 };

/**
 * Comparison files get (c) and (a)+(f). On the 175 MB file a slow CLI would take most of an hour
 * at 5 runs, so that loop fits its rounds into a time budget (at least 2; the table says how many).
 */
const MODES = {
  quick: {
    comparisons: [
      {
        file: { name: 'bench-3mb', entries: 1_500, targetMb: 3 },
        analyzeTarget: 1.5,
        runs: { minRuns: 2, maxRuns: 2, budgetMs: 0 },
      },
    ],
    streamingFile: undefined,
    panel: { requests: 500, flagged: 25, loadRuns: 2 },
  },
  full: {
    comparisons: [
      { file: { name: 'bench-10mb', entries: 4_000, targetMb: 10 }, runs: EVERY_RUN, analyzeTarget: 1.5 },
      {
        file: { name: 'bench-175mb', entries: 95_000, targetMb: 175 },
        analyzeTarget: 1.25,
        runs: { minRuns: 2, maxRuns: 5, budgetMs: 150_000 },
      },
    ],
    streamingFile: { name: 'bench-650mb', entries: 330_000, targetMb: 650 },
    panel: { requests: 5_000, flagged: 250, loadRuns: 5 },
  },
};

function log(message) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Reuses bench/data/<name>.har when its manifest says it was generated with the same inputs. */
async function ensureHar({ name, entries, targetMb }) {
  const har = join(DATA, `${name}.har`);
  const manifestFile = `${har}.manifest.json`;
  if (existsSync(har) && existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const same =
      manifest.generatorVersion === GENERATOR_VERSION &&
      manifest.entries === entries &&
      manifest.targetMb === targetMb &&
      manifest.seed === SEED &&
      statSync(har).size === manifest.bytes;
    if (same) return { har, manifest };
  }
  log(`generating ${name}.har (${entries} entries, ~${targetMb} MB)`);
  const manifest = await generateHar({ entries, targetMb, out: har, seed: SEED });
  return { har, manifest };
}

/** Runs one section; a throw becomes a FAILED row instead of ending the bench. */
async function section(id, title, rows, measure) {
  log(`(${id}) ${title}`);
  try {
    const produced = await measure();
    rows.push(...produced);
  } catch (error) {
    const reason = error.message.split('\n').filter(Boolean).slice(0, 3).join(' ');
    rows.push(row(id, title, undefined, `error: ${reason}`, VERDICT.failed));
  }
}

function skipped(id, title, reason) {
  return row(id, title, undefined, reason, VERDICT.skipped);
}

function resultsMarkdown({ mode, machine, table, started, finished }) {
  return `# Benchmark results (${mode} run)

Date: ${started.toISOString()} (took ${Math.round((finished - started) / 1000)} s)
Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, Node ${machine.node}, ${machine.chromium}.
Load average (1/5/15 min) at start ${machine.loadAverage}, at end ${machineInfo().loadAverage}: anything above 0 is
other work sharing these cores during the run.

The machine is shared: other work (builds, test suites, browsers) may have run during this bench. Ratios
compare arms measured side by side in this run (interleaved, rotating order, after one untimed warm-up
round per file); absolute times depend on the machine and on whatever else ran at the time. Where the
time goes in the rows marked MISSED: bench/results/hotspots.md.

${table}
`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      sections: { type: 'string', default: 'a,b,c,d,e,f' },
    },
  });
  const modeName = values.quick ? 'quick' : 'full';
  const mode = MODES[modeName];
  const wanted = new Set(values.sections.split(','));
  const started = new Date();
  const machine = machineInfo();
  mkdirSync(DATA, { recursive: true });
  const workDir = join(DATA, 'work');
  mkdirSync(workDir, { recursive: true });
  const rows = [];
  const cliBuilt = existsSync(CLI);
  const notBuilt = 'dist-cli/apigw403.mjs not built (npm run build)';

  for (const comparison of mode.comparisons) {
    if (!['a', 'c', 'f'].some((id) => wanted.has(id))) break;
    const { har, manifest } = await ensureHar(comparison.file);
    let analysisMs;
    if (wanted.has('c')) {
      await section('c', `in-process classifier on ${comparison.file.name}`, rows, async () => {
        const result = await measureInProcess({ har, workDir });
        analysisMs = result.analysisMs;
        return result.rows;
      });
    }
    if (!wanted.has('a') && !wanted.has('f')) continue;
    if (!cliBuilt) {
      rows.push(skipped('a', `CLI vs floor, and peers (f), on ${comparison.file.name}`, notBuilt));
      continue;
    }
    await section('a', `CLI vs floor and peers on ${comparison.file.name}`, rows, () =>
      compareCli({
        cli: CLI,
        har,
        manifest,
        runs: comparison.runs,
        workDir,
        hasJq: existsSync('/usr/bin/jq'),
        analysisMs,
        analyzeTarget: comparison.analyzeTarget,
      }),
    );
  }

  if (wanted.has('b')) {
    if (!mode.streamingFile) rows.push(skipped('b', 'streaming > 600 MB', 'not in --quick mode'));
    else if (!cliBuilt) rows.push(skipped('b', 'streaming > 600 MB', notBuilt));
    else {
      const large = await ensureHar(mode.streamingFile);
      await section('b', 'streaming > 600 MB', rows, () => measureStreaming({ cli: CLI, ...large, workDir }));
    }
  }

  if (wanted.has('d')) {
    await section('d', 'panel in Chromium', rows, async () => {
      const { measurePanel } = await import('./sections/panel.mjs');
      return measurePanel({ root: ROOT, workDir, ...mode.panel });
    });
  }

  let workerWithinBudget = true;
  if (wanted.has('e')) {
    await section('e', 'bundle sizes', rows, async () => {
      const bundles = measureBundles(ROOT);
      workerWithinBudget = bundles.workerWithinBudget;
      return bundles.rows;
    });
  }

  rows.sort((x, y) => x.section.localeCompare(y.section));
  const table = renderTable(rows);
  const finished = new Date();
  process.stdout.write(`${table}\n`);
  const markdown = resultsMarkdown({ mode: modeName, machine, table, started, finished });
  const resultsFile =
    values.quick || wanted.size < 6
      ? join(DATA, 'latest-partial.md')
      : join(ROOT, 'bench', 'results', 'latest.md');
  writeFileSync(resultsFile, markdown);
  log(`results written to ${resultsFile}`);
  if (!workerWithinBudget) log('worker bundle is over its 150 KB gzip budget');
  const failed = rows.some((r) => r.verdict === VERDICT.failed);
  // A ratio target missed by more than the run's own noise fails the run (never part of npm test).
  const beyondNoise = rows.filter((r) => r.failsRun);
  for (const r of beyondNoise) log(`missed beyond this run's noise: ${r.figure} (${r.target})`);
  return failed || beyondNoise.length > 0 || !workerWithinBudget ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bench: ${error.stack}\n`);
    process.exitCode = 1;
  },
);
