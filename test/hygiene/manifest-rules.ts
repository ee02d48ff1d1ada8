import { cspWeaknesses } from './csp.ts';

export interface Manifest {
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

/** Why a manifest asks for more than DESIGN.md "Permissions" allows; empty when it asks for exactly that. */
export function manifestViolations(m: Manifest): string[] {
  const violations: string[] = [];
  if (m.manifest_version !== 3) violations.push(`manifest_version is ${m.manifest_version}, not 3`);
  const permissions = [...(m.permissions ?? [])].sort();
  if (JSON.stringify(permissions) !== JSON.stringify(['contextMenus', 'storage'])) {
    violations.push(`permissions are [${permissions.join(', ')}], not exactly contextMenus and storage`);
  }
  if ((m.host_permissions ?? []).length > 0)
    violations.push(`host_permissions at install: ${m.host_permissions}`);
  if ((m.optional_permissions ?? []).length > 0)
    violations.push(`optional_permissions: ${m.optional_permissions}`);
  const optionalHosts = m.optional_host_permissions ?? [];
  if (optionalHosts.length === 0) violations.push('no optional_host_permissions for the user-asked replay');
  for (const pattern of optionalHosts) {
    if (!/^https?:\/\//.test(pattern)) violations.push(`optional host permission beyond http(s): ${pattern}`);
  }
  const policy = m.content_security_policy?.extension_pages;
  if (policy === undefined) violations.push('no content_security_policy.extension_pages');
  else violations.push(...cspWeaknesses(policy).map((weakness) => `CSP: ${weakness}`));
  if ((m.content_scripts ?? []).length > 0) violations.push('content_scripts inject into pages');
  if (m.externally_connectable !== undefined)
    violations.push('externally_connectable accepts outside messages');
  const exposed = (m.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []);
  for (const resource of exposed.filter((r) => r.includes('*'))) {
    violations.push(`web_accessible_resources exposes ${resource}`);
  }
  return violations;
}
