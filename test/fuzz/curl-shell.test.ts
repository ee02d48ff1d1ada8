import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlCommand, exchangeFromHarEntry } from '../../src/core/index.ts';

const RUNS = { numRuns: 150 };

/** Text a HAR from a stranger may put anywhere, shell metacharacters first (no NUL: no shell argument holds one). */
const shellHostile = fc.oneof(
  fc.constantFrom(
    "GET;echo INJECTED;'",
    '$(echo INJECTED)',
    '`echo INJECTED`',
    "x' ; echo INJECTED ; '",
    'a\nb',
    '\\',
    '"',
    '$HOME',
    '*',
    '-X',
    '',
  ),
  fc.string({ maxLength: 20 }).filter((text) => !text.includes('\u0000')),
);

/** What bash hands to `curl` when the user pastes the command: a function stands in for curl and prints argv. */
function argvAsRunByBash(command: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}\n`;
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin' },
  });
  expect(run.stderr).toBe('');
  return run.stdout.split('\u0000').slice(0, -1);
}

describe('curl -v of a captured request is safe to paste into a shell', { timeout: 120_000 }, () => {
  it('bash sees exactly the method, URL and headers of the request, nothing runs', () => {
    fc.assert(
      fc.property(shellHostile, shellHostile, shellHostile, shellHostile, (method, path, name, value) => {
        const exchange = exchangeFromHarEntry({
          request: {
            method: method === '' ? 'GET' : method,
            url: `https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/${path}`,
            headers: [{ name: `x-${name}`, value }],
          },
          response: { status: 403, headers: [] },
        });
        const argv = argvAsRunByBash(curlCommand(exchange, { revealSecrets: true }));
        const expected = ['-v'];
        if (exchange.method !== 'GET') expected.push('-X', exchange.method);
        expected.push(exchange.url);
        for (const header of exchange.requestHeaders) expected.push('-H', `${header.name}: ${header.value}`);
        expect(argv).toEqual(expected);
        // With secrets as placeholders (the default) the words change, never their number.
        expect(argvAsRunByBash(curlCommand(exchange))).toHaveLength(expected.length);
      }),
      RUNS,
    );
  });
});
