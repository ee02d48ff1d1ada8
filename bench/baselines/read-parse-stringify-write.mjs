/** Floor for `apigw403 annotate`: read, parse, serialize and write FILE back unchanged. */
import { readFileSync, writeFileSync } from 'node:fs';

const har = JSON.parse(readFileSync(process.argv[2], 'utf8'));
writeFileSync(process.argv[3], JSON.stringify(har));
