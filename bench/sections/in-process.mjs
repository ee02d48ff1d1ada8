/**
 * (c) In-process classifier figures. bench/in-process/classifier-throughput.ts imports
 * src/core/index.ts directly; Vite bundles it for node (no project config, so no extension
 * plugins), then a fresh node process runs it on the bench file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { runNodeOk } from '../lib/measure.mjs';
import { formatSeconds, row } from '../lib/report.mjs';

const ENTRY = fileURLToPath(new URL('../in-process/classifier-throughput.ts', import.meta.url));

async function bundle(outDir) {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: '[name].mjs' } },
    },
  });
  return join(outDir, 'classifier-throughput.mjs');
}

/** Returns the rows and the whole in-process analysis time of the file (for the peer row of (f)). */
export async function measureInProcess({ har, workDir }) {
  const script = await bundle(join(workDir, 'in-process-build'));
  const resultFile = join(workDir, 'in-process.json');
  await runNodeOk(['--max-old-space-size=4096', script, har], { stdoutFile: resultFile });
  const r = JSON.parse(readFileSync(resultFile, 'utf8'));
  const analysisMs = r.liveMs;
  const rows = [
    row(
      'c',
      `classify() throughput on flagged exchanges, session context of ${r.entries} entries`,
      undefined,
      `${Math.round(r.flaggedPerSecond).toLocaleString('en')} flagged exchanges/s (${r.flagged} flagged of ${r.candidates} candidates)`,
    ),
    row(
      'c',
      'isCandidate() pre-filter cost per ordinary (non-candidate) entry',
      undefined,
      `${r.prefilterNsPerEntry.toFixed(0)} ns/entry over ${r.ordinary} entries`,
    ),
    row(
      'c',
      'whole in-process pipeline, as the panel runs it (normalize, addToContext, pre-filter, classify)',
      undefined,
      `${formatSeconds(analysisMs)} for ${r.entries} entries (${((analysisMs * 1000) / r.entries).toFixed(1)} µs/entry; exchangeFromHarEntry ${r.normalizeUsPerEntry.toFixed(1)} µs/entry; contextFrom ${formatSeconds(r.contextMs)})`,
    ),
  ];
  return { rows, analysisMs };
}
