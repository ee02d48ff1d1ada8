import { describe, expect, it } from 'vitest';
import { describeFindings, findPattern, listFiles, readRepoFile } from './source-files.ts';

/** Built extension files; empty until `npm run build` has run (`npm test` builds before e2e, not before unit). */
const bundled = listFiles('dist', (path) => /\.(js|mjs|html)$/.test(path));

const scanBundle = (pattern: RegExp) =>
  bundled.flatMap((path) => {
    const text = readRepoFile(path);
    return findPattern(path, text, text, pattern);
  });

describe.skipIf(bundled.length === 0)('built extension (dist/)', () => {
  it('contains no eval or Function constructor (the CSP would block them, and they must not be needed)', () => {
    const evaluation = /(^|[^\w$.])eval\s*\(|\bnew\s+Function\s*\(|(^|[^\w$.])Function\s*\(\s*["'`]/;
    expect(describeFindings(scanBundle(evaluation))).toBe('');
  });

  it('loads no remote script', () => {
    const remote =
      /<script[^>]*\bsrc\s*=\s*["']?(https?:)?\/\/|\bimport\s*\(\s*["'`](https?:)?\/\/|(^|[^\w$.])importScripts\s*\(|from\s*["'`]https?:\/\//i;
    expect(describeFindings(scanBundle(remote))).toBe('');
  });

  it('has no inline script in its pages (only script-src self may run)', () => {
    const pages = bundled.filter((path) => path.endsWith('.html'));
    const inline = pages.filter((path) => /<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(readRepoFile(path)));
    expect(inline).toEqual([]);
  });
});
