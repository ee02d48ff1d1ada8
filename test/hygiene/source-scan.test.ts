import { describe, expect, it } from 'vitest';
import { codeOnly } from './code-only.ts';
import {
  describeFindings,
  type Finding,
  findPattern,
  isProductSource,
  listFiles,
  readRepoFile,
} from './source-files.ts';

/** The one module allowed to send a request: a replay the user asked for (DESIGN.md "Permissions"). */
const isReplayModule = (path: string): boolean => /^src\/background\/replay[^/]*\.ts$/.test(path);

function scan(paths: string[], pattern: RegExp): Finding[] {
  return paths.flatMap((path) => {
    const original = readRepoFile(path);
    return findPattern(path, original, codeOnly(original), pattern);
  });
}

const productSources = listFiles('src', isProductSource);

describe('source hygiene', () => {
  it('has product sources to scan', () => {
    expect(productSources.length).toBeGreaterThan(0);
  });

  it('makes no network call except the user-asked replay', () => {
    const network =
      /(^|[^\w$.])(fetch|XMLHttpRequest|WebSocket|EventSource|importScripts)\s*\(|\bsendBeacon\s*\(/;
    const offenders = scan(
      productSources.filter((path) => !isReplayModule(path)),
      network,
    );
    expect(describeFindings(offenders)).toBe('');
  });

  it('never evaluates strings as code', () => {
    const evaluation = /(^|[^\w$.])eval\s*\(|\bnew\s+Function\s*\(|\bset(Timeout|Interval)\s*\(\s*['"`]/;
    expect(describeFindings(scan(productSources, evaluation))).toBe('');
  });

  it('never renders captured text as HTML', () => {
    const htmlSinks =
      /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|srcdoc)\b|\bdocument\.write(ln)?\s*\(/;
    expect(describeFindings(scan(productSources, htmlSinks))).toBe('');
  });

  it('ships no test hooks: nothing is hung on globalThis for tests to call', () => {
    const hook = /\bglobalThis\b[^;=]*\.\w+\s*=(?!=)/;
    expect(describeFindings(scan(productSources, hook))).toBe('');
  });

  it('touches chrome/browser APIs only in src/platform', () => {
    const extensionApi =
      /(^|[^\w$.])(chrome|browser)\.(runtime|devtools|storage|i18n|contextMenus|permissions|tabs|scripting|action|downloads|webRequest)\b/;
    const outsidePlatform = productSources.filter((path) => !path.startsWith('src/platform/'));
    expect(describeFindings(scan(outsidePlatform, extensionApi))).toBe('');
    const polyfillImport = /from\s+['"]webextension-polyfill['"]|import\s*\(\s*['"]webextension-polyfill['"]/;
    const polyfillOffenders = outsidePlatform.flatMap((path) =>
      findPattern(path, readRepoFile(path), readRepoFile(path), polyfillImport),
    );
    expect(describeFindings(polyfillOffenders)).toBe('');
  });
});
