/**
 * Suggested commands are pasted into shells. A HAR from a stranger controls the stage (a URL path
 * segment), the request id (a header), the method, the ARNs and principal in AWS's messages, the host
 * and the curl line. Every command we render from hostile values must parse (`bash -n`) and, run with
 * stand-ins for the programs it names, run only those programs: the canary file is never created.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/cli/locales.ts';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/memory-io.ts';
import { CATALOGUE } from '../../src/core/catalogue.ts';
import { renderCause } from '../../src/core/render-cause.ts';
import type { CauseId, DiagnosisFacts } from '../../src/core/types.ts';

const work = mkdtempSync(join(tmpdir(), 'apigw403-injection-'));
const CANARY = join(work, 'canary');
const CALLS = join(work, 'calls.log');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every way a value could break out of a command, each aimed at creating the canary. */
const HOSTILE = [
  `$(touch ${CANARY})`,
  `\`touch ${CANARY}\``,
  `x;touch ${CANARY};`,
  `x' ; touch ${CANARY} ; '`,
  `x" ; touch ${CANARY} ; "`,
  `x\ntouch ${CANARY}\n`,
  `x|touch ${CANARY}`,
  `x&&touch ${CANARY}`,
  `x>${CANARY}`,
  `\u202e$(touch ${CANARY})\u00e9`,
];

/** The programs the catalogue's commands name; each stand-in records its name and argv, and does nothing. */
const PROGRAMS = ['aws', 'curl', 'date', 'timedatectl', 'env', 'grep', 'nslookup', 'openssl'];
const stubs = join(work, 'bin');
spawnSync('mkdir', ['-p', stubs]);
for (const program of PROGRAMS) {
  const path = join(stubs, program);
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "${program} $#" >> '${CALLS}'\n`);
  chmodSync(path, 0o755);
}

function runPasted(command: string): { syntax: string; calls: string[] } {
  const syntax = spawnSync('bash', ['--norc', '--noprofile', '-n', '-c', command], { encoding: 'utf8' });
  rmSync(CALLS, { force: true });
  // Real tools stay on PATH behind the stand-ins: an injected `touch` would run, and the canary would show it.
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', command], {
    encoding: 'utf8',
    cwd: work,
    env: { PATH: `${stubs}:/usr/bin:/bin` },
  });
  expect(run.error).toBeUndefined();
  const calls = existsSync(CALLS) ? readFileSync(CALLS, 'utf8').trim().split('\n') : [];
  return { syntax: syntax.stderr, calls };
}

function expectSafe(command: string): void {
  const { syntax, calls } = runPasted(command);
  expect(syntax, command).toBe('');
  expect(existsSync(CANARY), command).toBe(false);
  // Something ran, and only the programs the command names.
  expect(calls.length, command).toBeGreaterThan(0);
  for (const call of calls) expect(PROGRAMS, command).toContain(call.split(' ')[0]);
}

const t = translatorFor('en');
const CAUSES = Object.keys(CATALOGUE) as CauseId[];

describe.runIf(process.platform !== 'win32')(
  'suggested commands are safe to paste',
  { timeout: 300_000 },
  () => {
    it.each(HOSTILE.map((value, index) => [index, value]))(
      'every cause, every fact hostile (#%s)',
      (_index, value) => {
        const facts: DiagnosisFacts = {
          apiId: value,
          region: value,
          stage: value,
          resourcePath: `/orders/${value}`,
          account: value,
          domain: value,
          host: value,
          requestId: value,
          method: value,
          vpceId: value,
          resourceArn: `arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/${value}`,
          principal: `arn:aws:sts::123456789012:assumed-role/${value}`,
          startedEpoch: value,
          apiType: 'rest',
        };
        const commands = new Set(
          CAUSES.flatMap((id) => renderCause({ id, confidence: 'high' } as never, facts, t).commands),
        );
        for (const command of commands) expectSafe(command);
      },
    );

    it('a hostile HAR through `apigw403 analyze`: every printed command', async () => {
      const entry = (index: number, hostile: string) => ({
        startedDateTime: '2026-11-25T09:00:00.000Z',
        time: 50,
        request: {
          method: index === 0 ? 'GET' : `GET;touch ${CANARY}`,
          url: `https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/${encodeURIComponent(hostile)}/orders/${hostile}?q=${hostile}`,
          httpVersion: 'HTTP/1.1',
          headers: [
            { name: 'x-api-key', value: hostile },
            { name: `x-${hostile}`, value: hostile },
          ],
          queryString: [],
          cookies: [],
          headersSize: -1,
          bodySize: 0,
        },
        response: {
          status: 403,
          statusText: 'Forbidden',
          httpVersion: 'HTTP/1.1',
          headers: [
            { name: 'content-type', value: 'application/json' },
            { name: 'x-amzn-requestid', value: hostile },
            { name: 'x-amzn-errortype', value: 'AccessDeniedException' },
            { name: 'date', value: 'Wed, 25 Nov 2026 09:00:00 GMT' },
          ],
          cookies: [],
          content: {
            size: 0,
            mimeType: 'application/json',
            text: JSON.stringify({
              Message: `User: arn:aws:sts::123456789012:assumed-role/${hostile} is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/${hostile}/GET/orders`,
            }),
          },
          redirectURL: '',
          headersSize: -1,
          bodySize: -1,
        },
        cache: {},
        timings: { send: 0, wait: 50, receive: 0 },
      });
      const har = {
        log: {
          version: '1.2',
          creator: { name: 'x', version: '1' },
          entries: HOSTILE.map((h, i) => entry(i, h)),
        },
      };
      const io = memoryIo({ 'hostile.har': JSON.stringify(har) });
      expect(await main(['analyze', 'hostile.har', '--all'], io)).toBe(0);
      // A command is a `$ ` line plus its ` \` continuation lines.
      const commands: string[] = [];
      let current: string[] | undefined;
      for (const line of io.out().split('\n')) {
        const text = line.trim();
        if (current) current.push(text);
        else if (text.startsWith('$ ')) current = [text.slice(2)];
        else continue;
        if (!text.endsWith('\\')) {
          commands.push(current.join('\n'));
          current = undefined;
        }
      }
      expect(commands.some((command) => command.startsWith('aws '))).toBe(true);
      expect(commands.some((command) => command.startsWith('curl '))).toBe(true);
      for (const command of commands) expectSafe(command);
    });
  },
);
