/**
 * Peer: har-validator (the HAR 1.2 JSON-schema validator the CLI also uses) on FILE. Prints the
 * parse and validation times separately so the table can compare validation alone too.
 */
import { readFileSync } from 'node:fs';
import harValidator from 'har-validator';

const started = performance.now();
const har = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const parsed = performance.now();
let valid = true;
try {
  await harValidator.har(har);
} catch {
  valid = false;
}
const validated = performance.now();
process.stdout.write(
  `${JSON.stringify({ valid, parseMs: parsed - started, validateMs: validated - parsed })}\n`,
);
