import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closure } from '../sections/bundles.mjs';

const root = mkdtempSync(join(tmpdir(), 'apigw403-bundles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path, text) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('closure', () => {
  it('follows HTML scripts and styles, static, bare and dynamic imports, and nothing else', () => {
    write(
      'src/panel/index.html',
      '<script type="module" crossorigin src="/assets/panel.js"></script><link rel="stylesheet" href="/assets/panel.css">',
    );
    write(
      'assets/panel.js',
      'import{a}from"./shared.js";import"./side-effect.js";const l=()=>import("./lazy.js");',
    );
    write('assets/shared.js', 'export const a=1;');
    write('assets/side-effect.js', '');
    write('assets/lazy.js', 'import{a}from"/assets/shared.js";');
    write('assets/panel.css', 'body{}');
    write('assets/unrelated.js', 'export const b=2;');
    const files = closure(root, 'src/panel/index.html')
      .map((file) => relative(root, file))
      .sort();
    expect(files).toEqual([
      'assets/lazy.js',
      'assets/panel.css',
      'assets/panel.js',
      'assets/shared.js',
      'assets/side-effect.js',
      'src/panel/index.html',
    ]);
  });
});
