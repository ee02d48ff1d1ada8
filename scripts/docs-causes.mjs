/**
 * `npm run docs:causes`: writes docs/causes.md from the cause units (scripts/causes-doc.ts renders it;
 * scripts/causes-doc.test.ts fails while the committed file differs).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const inputs = fileURLToPath(new URL('./causes-doc-inputs.ts', import.meta.url));
const { module } = await runnerImport(inputs, { configFile: false, logLevel: 'error' });
const target = fileURLToPath(new URL('../docs/causes.md', import.meta.url));
writeFileSync(target, module.renderCausesDocFromRepo());
process.stdout.write('docs/causes.md written\n');
