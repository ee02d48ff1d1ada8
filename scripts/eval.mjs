/**
 * `npm run eval [-- --holdout] [-- --misses]`: scores the classifier on the real-world corpus
 * (test/real-world/cases). By default only the dev split; `--holdout` scores the held-out quarter
 * instead (look at it at the end only, or it stops telling whether the model generalises);
 * `--priors` prints the prior each cause gets from the dev split (what the units state).
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const KNOWN = ['--holdout', '--misses', '--priors'];
const unknown = args.filter((a) => !KNOWN.includes(a));
if (unknown.length > 0) {
  process.stderr.write(`eval: unknown argument ${unknown[0]} (use ${KNOWN.join(', ')})\n`);
  process.exit(2);
}
const split = args.includes('--holdout') ? 'holdout' : 'dev';
const corpus = fileURLToPath(new URL('../test/real-world/corpus.ts', import.meta.url));
const { module } = await runnerImport(corpus, { configFile: false, logLevel: 'error' });
if (args.includes('--priors')) {
  // What the dev split says each cause's prior is: (reports naming it first + ½) / (reports + ½ × causes).
  for (const row of module.suggestedPriors('dev')) {
    process.stdout.write(
      `${row.id.padEnd(38)} ${String(row.reports).padStart(3)} of ${row.total} reports  current ${row.current.toFixed(3)}  from the corpus ${row.suggested.toFixed(3)}\n`,
    );
  }
  process.exit(0);
}
const figures = await module.evaluate(split);
process.stdout.write(`${module.formatFigures(split, figures, args.includes('--misses'))}\n`);
