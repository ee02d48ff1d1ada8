import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepoFile, repoRoot } from './source-files.ts';

/**
 * docs/ARCHITECTURE.md's checklists ("How to add a cause", "How to add an input format") name the files to touch.
 * This keeps them true: every path named in a checklist exists, and a path marked "(not yet)" does not exist yet
 * (so the day it lands the list must be corrected). `<id>` / `<format>` stand for any name: some file of that
 * shape must exist in that folder.
 */
const DOC = 'docs/ARCHITECTURE.md';
const CHECKLISTS = ['How to add a cause', 'How to add an input format'];
const REPO_PATH = /`((?:src|public|docs|e2e|test)\/[^`\s]*)`/g;
const NOT_YET = '(not yet)';

interface Named {
  checklist: string;
  path: string;
  notYet: boolean;
}

/** The numbered steps under a `## <title>` heading, up to the next heading. */
function steps(doc: string, title: string): string[] {
  const start = doc.indexOf(`## ${title}\n`);
  if (start < 0) return [];
  const rest = doc.slice(start + title.length + 4);
  const end = rest.search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((line) => /^\d+\. /.test(line));
}

function namedPaths(doc: string): Named[] {
  return CHECKLISTS.flatMap((checklist) =>
    steps(doc, checklist).flatMap((line) =>
      [...line.matchAll(REPO_PATH)].map((match) => ({
        checklist,
        path: match[1] ?? '',
        notYet: line.includes(NOT_YET),
      })),
    ),
  );
}

/** A path exists; with a `<placeholder>` in its file name, some file of that shape exists in its folder. */
function exists(path: string): boolean {
  const placeholder = /<[a-z]+>/;
  if (!placeholder.test(path)) return existsSync(join(repoRoot, path));
  const slash = path.lastIndexOf('/');
  const folder = join(repoRoot, path.slice(0, slash));
  if (placeholder.test(path.slice(0, slash)) || !existsSync(folder)) return false;
  const [before = '', after = ''] = path.slice(slash + 1).split(placeholder);
  const shape = new RegExp(`^${escapeRegExp(before)}[a-z0-9-]+${escapeRegExp(after)}$`);
  return readdirSync(folder).some((name) => shape.test(name));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('docs/ARCHITECTURE.md checklists', () => {
  const named = namedPaths(readRepoFile(DOC));

  it('name files in both checklists', () => {
    for (const checklist of CHECKLISTS) {
      expect(named.filter((item) => item.checklist === checklist).length).toBeGreaterThan(3);
    }
  });

  it('name only files that exist (and mark what is not there yet)', () => {
    const wrong = named
      .filter((item) => exists(item.path) === item.notYet)
      .map(
        (item) =>
          `${item.checklist}: ${item.path} ${item.notYet ? 'exists now: drop "(not yet)"' : 'is missing'}`,
      );
    expect(wrong).toEqual([]);
  });

  it('reads placeholders as "some file of that shape"', () => {
    expect(exists('src/core/<name>.ts')).toBe(true);
    expect(exists('src/core/<name>.nothing-is-named-so')).toBe(false);
    expect(exists('src/<folder>/index.ts')).toBe(false);
  });
});
