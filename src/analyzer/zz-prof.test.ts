import { createReadStream } from 'node:fs';
import { it } from 'vitest';
import { addToContext, emptyContext, exchangeFromHarEntry, classify } from '../core/index.ts';
import { readHarStream } from '../har/read.ts';
import { analyzeHar } from '../analyzer/analyze-har.ts';
it('prof', async () => {
  let t = Date.now();
  let n = 0;
  for await (const item of readHarStream(createReadStream('.tmp/h6/big.har'))) if (item.type === 'entry') n++;
  console.log('read only', n, Date.now() - t); t = Date.now();
  let ctx = emptyContext(); const ex = [];
  for await (const item of readHarStream(createReadStream('.tmp/h6/big.har'))) if (item.type === 'entry') { const e = exchangeFromHarEntry(item.entry, {index: item.index}); ex.push(e); }
  console.log('read+exchange', Date.now() - t); t = Date.now();
  for (const e of ex) ctx = addToContext(ctx, e);
  console.log('context', Date.now() - t); t = Date.now();
  for (const e of ex) if (e.status === 403) classify(e, ctx);
  console.log('classify', Date.now() - t); t = Date.now();
  await analyzeHar(createReadStream('.tmp/h6/big.har'));
  console.log('analyzeHar', Date.now() - t);
}, 600000);
