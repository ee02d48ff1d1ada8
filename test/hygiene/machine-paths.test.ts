import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFindings, findPattern, listFiles, readRepoFile } from './source-files.ts';

/** Folders of the repo that hold text we wrote; generated output (dist, bench/data, e2e/artifacts) is not ours. */
const FOLDERS = ['src', 'test', 'e2e', 'bench', 'scripts', 'docs', 'public', '.ci'];
const ROOT_FILES = [
  'README.md',
  'package.json',
  'manifest.json',
  'biome.json',
  'vite.config.ts',
  'vite.cli.config.ts',
];
const GENERATED = /^(bench\/data|e2e\/artifacts)\//;
const TEXT = /\.(ts|tsx|mts|js|mjs|json|md|html|css|yml|yaml|sh|har)$|(^|\/)run$/;

describe('repository text', () => {
  it('names no path of the machine it was written on', () => {
    const files = [
      ...FOLDERS.flatMap((folder) => listFiles(folder, (path) => TEXT.test(path) && !GENERATED.test(path))),
      ...ROOT_FILES.filter((path) => existsSync(path)),
    ];
    expect(files.length).toBeGreaterThan(100);
    const machinePath = /(^|[^\w.~-])\/(work|home|Users|root)\/\w|\b[A-Z]:\\Users\\/;
    const findings = files.flatMap((path) => {
      const text = readRepoFile(path);
      return findPattern(path, text, text, machinePath);
    });
    expect(describeFindings(findings)).toBe('');
  });
});
