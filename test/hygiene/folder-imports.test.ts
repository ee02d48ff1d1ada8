import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOnly } from './code-only.ts';
import { isTestFile, listFiles, readRepoFile, repoRoot } from './source-files.ts';

/**
 * Which folder of src/ may import which: the house rules of docs/ARCHITECTURE.md as data. Every file of a folder
 * (tests included) imports only its own folder and the folders listed here; there are no exceptions. Folders that
 * do not exist yet keep their row, so the rule is known before the first file lands. A new folder needs a row.
 * `public` is the locale files (`public/_locales/…/messages.json`), `package.json` the version (shared/version.ts).
 */
const ALLOWED: Record<string, readonly string[]> = {
  /** The classifier: imports nothing. */
  core: [],
  har: ['core'],
  inputs: ['core', 'har'],
  /** Contracts the contexts agree on (pages, storage keys, message shapes, the version): pure. */
  shared: ['core', 'package.json'],
  messaging: ['core', 'shared'],
  /** The only code touching chrome/browser; it hands out our shapes. */
  platform: ['core', 'shared', 'messaging'],
  /** Read-only AWS checks: the CLI alone imports them. */
  confirm: ['core', 'har', 'inputs'],
  cli: ['core', 'har', 'inputs', 'confirm', 'shared', 'public'],
  /** The package's library entry (`import { diagnose } from 'apigw403'`): pure. */
  lib: ['core', 'har', 'inputs', 'shared'],
  /** Components and state the panel and the analyzer page both render: no browser API. */
  ui: ['core', 'har', 'shared', 'public'],
  background: ['core', 'shared', 'messaging', 'platform'],
  devtools: ['shared', 'platform'],
  panel: ['core', 'har', 'shared', 'messaging', 'platform', 'ui', 'public'],
  analyzer: ['core', 'har', 'inputs', 'shared', 'messaging', 'platform', 'ui'],
};

/** Packages product code may import, by folder; tests may use any dev dependency. */
const PACKAGES: Record<string, RegExp> = {
  platform: /^webextension-polyfill$/,
  cli: /^node:/,
  confirm: /^(node:|@aws-sdk\/)/,
  ui: /^react(-dom)?(\/|$)/,
  panel: /^react(-dom)?(\/|$)/,
  analyzer: /^react(-dom)?(\/|$)/,
};

/** Specifiers of static imports and re-exports (`} from` closes a multi-line one) and of dynamic imports. */
const STATIC_IMPORT =
  /^\s*(?:import|export|\})\b[^'"\n]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*['"]([^'"]+)['"]/g;

function specifiers(path: string): string[] {
  const text = readRepoFile(path);
  const found = [...text.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? match[2] ?? '');
  // Dynamic imports are read where codeOnly left code, so a string that merely mentions one does not count.
  const code = codeOnly(text);
  for (const match of text.matchAll(DYNAMIC_IMPORT)) {
    if (code.slice(match.index, match.index + 6) === 'import') found.push(match[1] ?? '');
  }
  return found;
}

/** The folder of src/ (or the top-level name outside src/) a relative import lands in. */
function folderOf(fromPath: string, specifier: string): string {
  const [top = '', second = ''] = posix.normalize(posix.join(posix.dirname(fromPath), specifier)).split('/');
  return top === 'src' ? second : top;
}

const sources = listFiles('src', (path) => /\.(ts|tsx|mts)$/.test(path));

describe('folder imports (the table in docs/ARCHITECTURE.md)', () => {
  it('has a row for every folder of src/', () => {
    const folders = new Set(sources.map((path) => path.split('/')[1] ?? ''));
    expect([...folders].filter((folder) => !(folder in ALLOWED))).toEqual([]);
  });

  it('is a table without cycles, so no two folders can come to need each other', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (folder: string, path: string[]): void => {
      if (done.has(folder)) return;
      if (visiting.has(folder)) {
        cycles.push([...path, folder].join(' → '));
        return;
      }
      visiting.add(folder);
      for (const next of ALLOWED[folder] ?? []) visit(next, [...path, folder]);
      visiting.delete(folder);
      done.add(folder);
    };
    for (const folder of Object.keys(ALLOWED)) visit(folder, []);
    expect(cycles).toEqual([]);
  });

  it('lists only folders that are in the table or exist at the top of the repo', () => {
    const unknown = Object.values(ALLOWED)
      .flat()
      .filter((name) => !(name in ALLOWED) && !existsSync(posix.join(repoRoot, name)));
    expect(unknown).toEqual([]);
  });

  it('every import of every file follows the table: zero exceptions', () => {
    const offenders: string[] = [];
    for (const path of sources) {
      const folder = path.split('/')[1] ?? '';
      const allowed = ALLOWED[folder] ?? [];
      for (const specifier of specifiers(path)) {
        if (specifier.startsWith('.')) {
          const target = folderOf(path, specifier);
          if (target !== folder && !allowed.includes(target)) offenders.push(`${path}: imports ${specifier}`);
        } else if (
          !isTestFile(path) &&
          !path.includes('/test-support/') &&
          !PACKAGES[folder]?.test(specifier)
        ) {
          offenders.push(`${path}: imports the package ${specifier}`);
        }
      }
    }
    expect(offenders.join('\n')).toBe('');
  });

  it('reads the imports it checks (a broken reader would pass everything)', () => {
    expect(specifiers('src/background/index.ts')).toContain('./browser-services.ts');
    expect(folderOf('src/panel/main.tsx', '../ui/ui.css')).toBe('ui');
    expect(folderOf('src/cli/locales.ts', '../../public/_locales/en/messages.json')).toBe('public');
  });
});
