import { createReadStream } from 'node:fs';
import { it } from 'vitest';
import { readHarStream } from './read.ts';
import { exchangeFromHarEntry } from '../core/index.ts';
const mb = () => Math.round(process.memoryUsage().rss / 1e6);
it('mem', async () => {
  let peak = 0;
  const t = setInterval(() => { peak = Math.max(peak, mb()); }, 20);
  for await (const item of readHarStream(createReadStream('/tmp/bench/big-body.har', { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>)) {
    console.log(item.type, 'rss', mb(), 'peak', peak);
    if (item.type === 'entry') { exchangeFromHarEntry(item.entry, { index: 0 }); console.log('after exchange', mb(), 'peak', peak); }
  }
  clearInterval(t);
  console.log('final peak', peak);
}, 120000);
