import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspWeaknesses } from './csp.ts';
import { readRepoFile, repoRoot } from './source-files.ts';

interface Manifest {
  manifest_version?: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: unknown[];
  externally_connectable?: unknown;
  web_accessible_resources?: Array<{ resources?: string[]; matches?: string[] }>;
}

/** The source manifest always; the built one too when `npm run build` has run (it is what ships). */
const manifests: Array<[string, string]> = [['manifest.json', 'manifest.json']];
if (existsSync(join(repoRoot, 'dist', 'manifest.json')))
  manifests.push(['dist/manifest.json', 'dist/manifest.json']);

describe.each(manifests)('%s', (_label, path) => {
  const manifest = (): Manifest => JSON.parse(readRepoFile(path)) as Manifest;

  it('is Manifest V3', () => {
    expect(manifest().manifest_version).toBe(3);
  });

  it('asks for exactly contextMenus and storage at install, and no host access', () => {
    const m = manifest();
    expect([...(m.permissions ?? [])].sort()).toEqual(['contextMenus', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('asks for host access only at run time, for http(s) origins (replay)', () => {
    const optional = manifest().optional_host_permissions ?? [];
    expect(optional.length).toBeGreaterThan(0);
    for (const pattern of optional) expect(pattern).toMatch(/^https?:\/\//);
  });

  it('has a strict content security policy for extension pages', () => {
    const policy = manifest().content_security_policy?.extension_pages;
    expect(policy, 'content_security_policy.extension_pages is missing').toBeTypeOf('string');
    expect(cspWeaknesses(policy ?? '')).toEqual([]);
  });

  it('injects nothing into pages and accepts no messages from outside', () => {
    const m = manifest();
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    const exposed = (m.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []);
    expect(exposed.filter((resource) => resource.includes('*'))).toEqual([]);
  });
});
