import { it } from 'vitest';
import { redactHar } from '../../src/har/index.ts';
import { validHar } from './valid-har.ts';
it('probe', () => {
  for (const N of [1000, 5000, 20000, 60000]) {
    for (const kind of ['url', 'header', 'spaces']) {
      const har = validHar(1) as any;
      if (kind === 'url') har.log.entries[0].request.url += '&token=' + 'a%'.repeat(N);
      if (kind === 'header') har.log.entries[0].request.headers.push({ name: 'x-api-key', value: 'k'.repeat(N * 4) });
      if (kind === 'spaces') har.log.entries[0].request.headers.push({ name: 'x-api-key', value: 'x' + ' '.repeat(N) + 'y' });
      const t = performance.now();
      try { redactHar(har); console.log('ROW', kind, N, 'ok', Math.round(performance.now() - t)); }
      catch (e) { console.log('ROW', kind, N, 'THROWS', String(e).slice(0, 60), String(e).slice(-40)); }
    }
  }
}, 300000);
