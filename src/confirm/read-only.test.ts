/**
 * `confirm` is read-only by construction: the only AWS commands its code can build are reads. A new
 * command class anywhere under src/confirm/ or in the CLI glue fails this test unless it is a
 * Get*, List*, Describe* or FilterLogEvents call.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCES = [
  ...readdirSync(new URL('./', import.meta.url))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => new URL(`./${name}`, import.meta.url)),
  new URL('../cli/confirm.ts', import.meta.url),
];
const READ = /^(Get|List|Describe)\w*Command$|^FilterLogEventsCommand$/;

function commandsIn(text: string): string[] {
  // Imports of anything named *Command from an AWS SDK client (an alias maps back to the SDK's name),
  // and every `new XCommand(`.
  const aliases = new Map<string, string>();
  for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/[^']+'/g)) {
    for (const part of (match[1] as string).split(',')) {
      const [name, alias] = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/) as [string, string?];
      if (name.endsWith('Command')) aliases.set(alias ?? name, name);
    }
  }
  const built = [...text.matchAll(/new\s+(?:[\w$]+\.)*(\w+Command)\s*\(/g)].map(
    (m) => aliases.get(m[1] as string) ?? (m[1] as string),
  );
  return [...new Set([...aliases.values(), ...built])];
}

describe('confirm issues only reads', () => {
  const commands = new Set(SOURCES.flatMap((url) => commandsIn(readFileSync(url, 'utf8'))));

  it('builds only Get/List/Describe/FilterLogEvents commands', () => {
    expect(commands.size).toBeGreaterThan(10);
    expect([...commands].filter((name) => !READ.test(name))).toEqual([]);
  });

  it('is the set the README IAM policy grants', () => {
    expect([...commands].sort()).toEqual([
      'DescribeVpcEndpointsCommand',
      'FilterLogEventsCommand',
      'GetApiCommand',
      'GetApiKeysCommand',
      'GetApiMappingsCommand',
      'GetAuthorizerCommand',
      'GetBasePathMappingsCommand',
      'GetDeploymentCommand',
      'GetDomainNameCommand',
      'GetLoggingConfigurationCommand',
      'GetResourcesCommand',
      'GetRestApiCommand',
      'GetRoutesCommand',
      'GetStageCommand',
      'GetStagesCommand',
      'GetUsagePlansCommand',
      'GetWebACLForResourceCommand',
    ]);
  });

  it('imports the SDK only when confirm runs: every static import of it is type-only', () => {
    for (const url of SOURCES) {
      const text = readFileSync(url, 'utf8');
      expect(text.match(/^import\s+(?!type\b)[^;]*from\s*'@aws-sdk\/[^']+'/gm) ?? [], url.pathname).toEqual(
        [],
      );
    }
  });

  it('the scan sees a write when there is one', () => {
    expect(commandsIn("import { DeleteStageCommand } from '@aws-sdk/client-api-gateway';")).toEqual([
      'DeleteStageCommand',
    ]);
    expect(commandsIn('x = new PutRestApiCommand({});')).toEqual(['PutRestApiCommand']);
  });
});
