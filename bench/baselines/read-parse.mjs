/** Floor for `apigw403 analyze`: the least any JSON-parsing analyser must do with FILE. */
import { readFileSync } from 'node:fs';

const har = JSON.parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(`${har.log.entries.length}\n`);
