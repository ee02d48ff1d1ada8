import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** Repo-relative paths (forward slashes) of every file under `dir` whose name matches `accept`. */
export function listFiles(dir: string, accept: (path: string) => boolean): string[] {
  const root = join(repoRoot, dir);
  if (!existsSync(root)) return [];
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      if (name === 'node_modules') continue;
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const path = relative(repoRoot, full).split(sep).join('/');
        if (accept(path)) found.push(path);
      }
    }
  };
  walk(root);
  return found.sort();
}

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}

export const isTestFile = (path: string): boolean =>
  /\.test\.tsx?$/.test(path) || path.includes('/__fixtures__/');

export const isProductSource = (path: string): boolean =>
  /\.(ts|tsx|mts|js|mjs)$/.test(path) && !isTestFile(path);

export interface Finding {
  path: string;
  line: number;
  text: string;
}

/** Every line of `text` where `pattern` matches, reported against the original source line. */
export function findPattern(path: string, original: string, scanned: string, pattern: RegExp): Finding[] {
  const scannedLines = scanned.split('\n');
  const originalLines = original.split('\n');
  const findings: Finding[] = [];
  scannedLines.forEach((line, index) => {
    if (pattern.test(line)) {
      findings.push({ path, line: index + 1, text: (originalLines[index] ?? '').trim().slice(0, 160) });
    }
  });
  return findings;
}

export const describeFindings = (findings: Finding[]): string =>
  findings.map((f) => `${f.path}:${f.line}: ${f.text}`).join('\n');
