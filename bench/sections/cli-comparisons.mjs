/**
 * (a) CLI against the physical floor, and (f) against peers, on one file in one interleaved loop:
 *   analyze --format json  vs  node read + JSON.parse               (target ≤ 1.25×)
 *   annotate (redact+write) vs  node read + parse + stringify + write (target ≤ 1.5×)
 *   har-validator (read + parse + validate) and jq (the usual "grep the HAR for 4xx") vs analyze.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommandOk, runNodeOk } from '../lib/measure.mjs';
import { check, formatMb, formatSeconds, formatSummary, row } from '../lib/report.mjs';
import { interleaved, missedBeyondNoise } from '../lib/stats.mjs';

const baseline = (name) => fileURLToPath(new URL(`../baselines/${name}`, import.meta.url));
const JQ = '/usr/bin/jq';
const JQ_FILTER = '[.log.entries[] | select(.response.status >= 400 and .response.status < 500)] | length';

/** A local copy of Cloudflare's har-sanitizer module (see baselines/har-sanitizer.mjs); its arm runs only when named. */
const PEER_SANITIZER = process.env.APIGW403_BENCH_HAR_SANITIZER;

const ratio = (a, b) => a.median / b.median;
/** Runs a command with a pseudo-terminal as its stderr: the path a person at a terminal gets (progress line). */
const SCRIPT = '/usr/bin/script';
const shellQuoted = (arg) => `'${String(arg).replaceAll("'", "'\\''")}'`;

/** A ratio row's verdict, and `failsRun` when the miss is beyond the run's own noise (the bench then exits 1). */
function ratioRow(section, figure, ours, floor, target, measured) {
  return {
    ...row(section, figure, `≤ ${target}×`, measured, check(ratio(ours, floor) <= target)),
    failsRun: missedBeyondNoise(ours, floor, target),
  };
}

/** How the analyze output compares with what the generator planted (a correctness smoke check, no target). */
function plantedAgreement(analyzeOutput, manifest) {
  const report = JSON.parse(readFileSync(analyzeOutput, 'utf8'));
  const flagged = new Map(
    report.entries.filter((entry) => entry.flagged).map((entry) => [entry.index, entry]),
  );
  let found = 0;
  let sameTopCause = 0;
  for (const [index, cause] of manifest.planted) {
    const entry = flagged.get(index);
    if (!entry) continue;
    found += 1;
    if (entry.causes[0]?.id === cause) sameTopCause += 1;
  }
  const planted = new Set(manifest.planted.map(([index]) => index));
  const extra = [...flagged.keys()].filter((index) => !planted.has(index)).length;
  return { flagged: flagged.size, planted: manifest.planted.length, found, sameTopCause, extra };
}

/**
 * `runs`: {minRuns, maxRuns, budgetMs} for each of the two loops (see stats.mjs `interleaved`);
 * `analysisMs`: the in-process analysis time of the same file from (c), when it was measured.
 */
export async function compareCli({ cli, har, manifest, runs, workDir, hasJq, analysisMs, analyzeTarget }) {
  const analyzeOut = join(workDir, 'analyze.json');
  const size = formatMb(manifest.bytes);
  const analyze = () => runNodeOk([cli, 'analyze', har, '--format', 'json'], { stdoutFile: analyzeOut });
  const wall = (run) => async () => (await run()).wallMs;
  const terminalCommand = [process.execPath, cli, 'analyze', har, '--format', 'json']
    .map(shellQuoted)
    .join(' ');
  const terminalOut = shellQuoted(join(workDir, 'terminal.json'));
  const arms = {
    analyze: wall(analyze),
    ...(existsSync(SCRIPT)
      ? {
          terminal: wall(() =>
            runCommandOk(SCRIPT, ['-qec', `${terminalCommand} > ${terminalOut}`, '/dev/null']),
          ),
        }
      : {}),
    floor: wall(() => runNodeOk([baseline('read-parse.mjs'), har])),
    harValidator: wall(() =>
      runNodeOk([baseline('har-validator.mjs'), har], { stdoutFile: join(workDir, 'har-validator.json') }),
    ),
    ...(hasJq ? { jq: wall(() => runCommandOk(JQ, [JQ_FILTER, har])) } : {}),
  };
  // One untimed round fills the page cache for every arm (the annotate loop then finds it warm).
  for (const arm of Object.values(arms)) await arm();
  const parse = await interleaved(arms, runs);
  const validation = JSON.parse(readFileSync(join(workDir, 'har-validator.json'), 'utf8'));

  const annotateOut = join(workDir, 'annotated.har');
  const roundtripOut = join(workDir, 'roundtrip.har');
  const peerOut = join(workDir, 'peer.har');
  const annotateArms = {
    annotate: wall(() => runNodeOk([cli, 'annotate', har, '-o', annotateOut])),
    floor: wall(() => runNodeOk([baseline('read-parse-stringify-write.mjs'), har, roundtripOut])),
    ...(PEER_SANITIZER
      ? { peer: wall(() => runNodeOk([baseline('har-sanitizer.mjs'), PEER_SANITIZER, har, peerOut])) }
      : {}),
  };
  const write = await interleaved(annotateArms, runs);
  const written = { annotate: statSync(annotateOut).size, floor: statSync(roundtripOut).size };
  for (const file of [annotateOut, roundtripOut, peerOut]) rmSync(file, { force: true });

  const agreement = plantedAgreement(analyzeOut, manifest);
  const analyzeRatio = ratio(parse.analyze, parse.floor);
  const annotateRatio = ratio(write.annotate, write.floor);
  const rows = [
    ratioRow(
      'a',
      `analyze --format json vs node read + JSON.parse (${size}, ${manifest.entries} entries)`,
      parse.analyze,
      parse.floor,
      analyzeTarget,
      `${analyzeRatio.toFixed(2)}× — analyze ${formatSummary(parse.analyze)} vs floor ${formatSummary(parse.floor)}`,
    ),
    ...(parse.terminal
      ? [
          ratioRow(
            'a',
            `the same with stderr a terminal (script(1): the progress path a person gets), ${size}`,
            parse.terminal,
            parse.floor,
            analyzeTarget,
            `${ratio(parse.terminal, parse.floor).toFixed(2)}× — ${formatSummary(parse.terminal)}`,
          ),
        ]
      : []),
    ratioRow(
      'a',
      `annotate (redact + annotate + write) vs read + parse + stringify + write (${size})`,
      write.annotate,
      write.floor,
      1.5,
      `${annotateRatio.toFixed(2)}× — annotate ${formatSummary(write.annotate)} vs floor ${formatSummary(write.floor)}; wrote ${formatMb(written.annotate)} (line-diffable, annotated) vs ${formatMb(written.floor)} (compact)`,
    ),
    ...(write.peer
      ? [
          ratioRow(
            'f',
            `annotate vs Cloudflare's har-sanitizer (read + sanitize with its defaults + write, ${size})`,
            write.annotate,
            write.peer,
            0.2,
            `${ratio(write.annotate, write.peer).toFixed(2)}× — har-sanitizer ${formatSummary(write.peer)}`,
          ),
        ]
      : []),
    row(
      'a',
      `analyze output vs planted API Gateway 4xx, ${size} (smoke check)`,
      undefined,
      `${agreement.found}/${agreement.planted} planted entries flagged, top cause = planted cause for ${agreement.sameTopCause} (wire-identical look-alikes count as different), ${agreement.extra} other entries flagged (${agreement.flagged} in all)`,
    ),
    row(
      'f',
      `har-validator 5.1.5 on the ${size} file (read + JSON.parse + validate; validation alone ${formatSeconds(validation.validateMs)}, valid: ${validation.valid})`,
      'analyze ≤ har-validator + in-process analysis time (c)',
      `analyze ${formatSeconds(parse.analyze.median)} vs har-validator ${formatSummary(parse.harValidator)} (${ratio(parse.analyze, parse.harValidator).toFixed(2)}×)${analysisMs === undefined ? '; (c) not measured' : ` + analysis ${formatSeconds(analysisMs)}`}`,
      analysisMs === undefined
        ? undefined
        : check(parse.analyze.median <= parse.harValidator.median + analysisMs),
    ),
  ];
  if (parse.jq) {
    rows.push(
      row(
        'f',
        `jq 4xx filter on the ${size} file (\`${JQ_FILTER}\`: lists, explains nothing)`,
        undefined,
        `jq ${formatSummary(parse.jq)}; analyze is ${ratio(parse.analyze, parse.jq).toFixed(2)}× jq`,
      ),
    );
  }
  return rows;
}
