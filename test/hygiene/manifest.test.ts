import { describe, expect, it } from 'vitest';
import { type Manifest, manifestViolations } from './manifest-rules.ts';
import { readRepoFile } from './source-files.ts';

const strict: Manifest = {
  manifest_version: 3,
  permissions: ['contextMenus', 'storage'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
};

describe('manifestViolations', () => {
  it('accepts the manifest the design describes', () => {
    expect(manifestViolations(strict)).toEqual([]);
  });

  it.each<[string, Manifest]>([
    ['tabs', { ...strict, permissions: ['contextMenus', 'storage', 'tabs'] }],
    ['host_permissions', { ...strict, host_permissions: ['<all_urls>'] }],
    ['optional_host_permissions', { ...strict, optional_host_permissions: [] }],
    ['CSP', { ...strict, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }],
    ['content_scripts', { ...strict, content_scripts: [{ matches: ['<all_urls>'], js: ['x.js'] }] }],
    ['externally_connectable', { ...strict, externally_connectable: { matches: ['https://*/*'] } }],
    [
      'web_accessible_resources',
      { ...strict, web_accessible_resources: [{ resources: ['**/*'], matches: ['<all_urls>'] }] },
    ],
  ])('flags %s', (named, manifest) => {
    expect(manifestViolations(manifest).join('\n')).toContain(named);
  });
});

describe('manifest.json', () => {
  it('asks for exactly contextMenus and storage (+ optional hosts), under a strict CSP', () => {
    expect(manifestViolations(JSON.parse(readRepoFile('manifest.json')) as Manifest)).toEqual([]);
  });
});
