/**
 * (b) The file too large for one V8 string (> 512 MB): the CLI must take its streaming path,
 * finish, and stay under 1 GB peak RSS. One run each: a single run of this size is minutes of
 * machine time, and completion and memory are not noisy figures. annotate (no target in issue 8)
 * runs too when analyze was fast enough for it to fit the bench's time.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rssSource, runNode } from '../lib/measure.mjs';
import { check, formatMb, formatSeconds, row, VERDICT } from '../lib/report.mjs';

const GB_KB = 1024 * 1024;
const ANNOTATE_ONLY_UNDER_MS = 90_000;
/** Keeps a full bench run bounded when the streaming path is pathologically slow. */
const ANALYZE_TIMEOUT_MS = 8 * 60_000;

function outcome(result, bytes) {
  const rss =
    result.maxRssKb === undefined ? 'peak RSS unknown' : `peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MB`;
  const speed = `${(bytes / 1_000_000 / (result.wallMs / 1000)).toFixed(1)} MB/s`;
  return { rss, speed, text: `${formatSeconds(result.wallMs)}, ${speed}, ${rss}` };
}

function analyzeOutputOk(file) {
  try {
    return Array.isArray(JSON.parse(readFileSync(file, 'utf8')).entries);
  } catch {
    return false;
  }
}

export async function measureStreaming({ cli, har, manifest, workDir }) {
  const bytes = statSync(har).size;
  const size = formatMb(bytes);
  const analyzeOut = join(workDir, 'analyze-large.json');
  const analyze = await runNode([cli, 'analyze', har, '--format', 'json'], {
    stdoutFile: analyzeOut,
    timeoutMs: ANALYZE_TIMEOUT_MS,
  });
  const completed = analyze.code === 0 && analyzeOutputOk(analyzeOut);
  const analyzed = outcome(analyze, bytes);
  const failure = completed
    ? ''
    : analyze.timedOut
      ? ` — killed after ${formatSeconds(ANALYZE_TIMEOUT_MS)} (the bench's limit)`
      : ` — exit ${analyze.code}: ${analyze.stderr.split('\n').at(-1)}`;
  const rows = [
    row(
      'b',
      `analyze --format json on ${size} (${manifest.entries} entries) completes`,
      'exit 0, JSON out',
      `${completed ? 'completed' : 'FAILED'} in ${analyzed.text}${failure}`,
      check(completed),
    ),
    row(
      'b',
      `analyze peak RSS on ${size} (${rssSource})`,
      '≤ 1 GB',
      analyzed.rss,
      analyze.maxRssKb === undefined ? undefined : check(completed && analyze.maxRssKb <= GB_KB),
    ),
    row('b', `analyze throughput on ${size}`, undefined, analyzed.speed),
  ];

  // annotate reads the file twice and writes it once: only run it when that fits the bench's time.
  if (!completed || analyze.wallMs > ANNOTATE_ONLY_UNDER_MS) {
    rows.push(
      row(
        'b',
        `annotate on ${size} (streaming read and write)`,
        undefined,
        `not run: analyze ${completed ? 'alone took' : 'failed after'} ${formatSeconds(analyze.wallMs)}`,
        VERDICT.skipped,
      ),
    );
  } else {
    const annotatedOut = join(workDir, 'annotated-large.har');
    const annotate = await runNode([cli, 'annotate', har, '-o', annotatedOut]);
    const annotated = outcome(annotate, bytes);
    rows.push(
      row(
        'b',
        `annotate on ${size} (streaming read and write)`,
        undefined,
        annotate.code === 0
          ? `completed in ${annotated.text}`
          : `exit ${annotate.code} after ${formatSeconds(annotate.wallMs)} (${annotated.rss}): ${annotate.stderr.split('\n').at(-1)}`,
      ),
    );
    rmSync(annotatedOut, { force: true });
  }
  rmSync(analyzeOut, { force: true });
  return rows;
}
