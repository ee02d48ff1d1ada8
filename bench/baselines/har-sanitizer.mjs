/**
 * Peer for `apigw403 redact` / `annotate`: Cloudflare's har-sanitizer with its defaults — read FILE,
 * `sanitize(text)`, write OUT. Its code is not ours to ship: MODULE is a local copy of its
 * `src/lib/har_sanitize.tsx` with the types removed (an ES module exporting `sanitize`).
 *   node har-sanitizer.mjs MODULE FILE OUT
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [module, input, output] = process.argv.slice(2);
const { sanitize } = await import(pathToFileURL(resolve(module)).href);
writeFileSync(output, sanitize(readFileSync(input, 'utf8')));
