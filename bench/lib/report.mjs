/** The one results table (markdown, printed and written to bench/results/latest.md) and its header. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export const VERDICT = { met: 'met', missed: 'MISSED', info: '—', skipped: 'skipped', failed: 'FAILED' };

/** `verdict` from a target check: met/missed, or info when the figure has no target. */
export function row(section, figure, target, measured, verdict) {
  return { section, figure, target: target ?? '—', measured, verdict: verdict ?? VERDICT.info };
}

export function check(ok) {
  return ok ? VERDICT.met : VERDICT.missed;
}

export const formatSeconds = (ms) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;

/** "2.91 s (2.85–3.10, 5 runs)" */
export function formatSummary(summary) {
  return `${formatSeconds(summary.median)} (${formatSeconds(summary.min)}–${formatSeconds(summary.max)}, ${summary.runs} runs)`;
}

export const formatMb = (bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`;

function cell(text) {
  return String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function renderTable(rows) {
  const lines = ['| # | Figure | Target | Measured | Verdict |', '|---|---|---|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.section} | ${cell(r.figure)} | ${cell(r.target)} | ${cell(r.measured)} | ${r.verdict} |`,
    );
  return lines.join('\n');
}

function chromiumVersion() {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .at(-1);
  } catch {
    return 'not installed';
  }
}

export function machineInfo() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    ramGb: (totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    chromium: chromiumVersion(),
    loadAverage: loadavg()
      .map((load) => load.toFixed(2))
      .join(' '),
  };
}
