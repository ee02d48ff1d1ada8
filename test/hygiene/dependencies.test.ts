import { describe, expect, it } from 'vitest';
import { readRepoFile } from './source-files.ts';

interface PackageJson {
  dependencies?: Record<string, string>;
}
interface PackageLock {
  packages?: Record<string, { version?: string }>;
}

describe('runtime dependencies', () => {
  const pkg = JSON.parse(readRepoFile('package.json')) as PackageJson;
  const lock = JSON.parse(readRepoFile('package-lock.json')) as PackageLock;

  // har-validator is deprecated upstream and will get no fixes: an exact pin means an upgrade is a reviewed
  // change, never something a fresh install picks up on its own.
  it('pins har-validator to exactly 5.1.5, in package.json and the lock file', () => {
    expect(pkg.dependencies?.['har-validator']).toBe('5.1.5');
    expect(lock.packages?.['node_modules/har-validator']?.version).toBe('5.1.5');
  });

  // The AWS SDK clients are `confirm`'s (DESIGN.md: src/confirm/), imported only when it runs. React and the
  // polyfill are bundled into the extension at build time: someone installing the CLI or the library needs neither.
  it('ships only the runtime dependencies the design names', () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual([
      '@aws-sdk/client-api-gateway',
      '@aws-sdk/client-apigatewayv2',
      '@aws-sdk/client-cloudwatch-logs',
      '@aws-sdk/client-ec2',
      '@aws-sdk/client-wafv2',
      'har-validator',
    ]);
  });
});
