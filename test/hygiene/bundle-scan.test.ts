import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltExtension, buildExtension } from './built-extension.ts';
import { type Manifest, manifestViolations } from './manifest-rules.ts';
import { describeFindings, findPattern, listFiles, readRepoFile } from './source-files.ts';

describe('the built extension', { timeout: 120_000 }, () => {
  let built: BuiltExtension;
  let bundled: string[];
  beforeAll(async () => {
    built = await buildExtension();
    bundled = listFiles(built.dir, (path) => /\.(js|mjs|html)$/.test(path));
  }, 120_000);
  afterAll(() => built?.remove());

  const scanBundle = (pattern: RegExp) =>
    bundled.flatMap((path) => {
      const text = readRepoFile(path);
      return findPattern(path, text, text, pattern);
    });

  it('ships the manifest it was given: same permissions, same strict CSP', () => {
    expect(bundled.length).toBeGreaterThan(0);
    expect(manifestViolations(JSON.parse(readRepoFile(`${built.dir}/manifest.json`)) as Manifest)).toEqual(
      [],
    );
  });

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
    expect(pages.length).toBeGreaterThan(0);
    const inline = pages.filter((path) => /<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(readRepoFile(path)));
    expect(inline).toEqual([]);
  });
});
