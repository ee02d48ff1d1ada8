/**
 * `npm run eval [-- --holdout] [-- --misses]`: scores the classifier on the real-world corpus
 * (test/real-world/cases). By default only the dev split; `--holdout` scores the held-out quarter
 * instead (look at it at the end only, or it stops telling whether the model generalises).
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--holdout' && a !== '--misses');
if (unknown.length > 0) {
  process.stderr.write(`eval: unknown argument ${unknown[0]} (use --holdout, --misses)\n`);
  process.exit(2);
}
const split = args.includes('--holdout') ? 'holdout' : 'dev';
const corpus = fileURLToPath(new URL('../test/real-world/corpus.ts', import.meta.url));
const { module } = await runnerImport(corpus, { configFile: false, logLevel: 'error' });
const figures = module.evaluate(split);
process.stdout.write(`${module.formatFigures(split, figures, args.includes('--misses'))}\n`);
