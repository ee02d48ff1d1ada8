/**
 * `npm start`: builds the extension, starts the fake API Gateway and opens Chromium with the extension loaded,
 * DevTools open and the demo page showing. `npm start -- --headless` does the same without a window (for servers:
 * it prints the demo URL and the remote-debugging port and keeps running). Ctrl-C stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startFakeGateway } from '../e2e/fake-gateway/server.mjs';
import { chromiumArgs, findChromium } from '../e2e/fixtures/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const headless = process.argv.includes('--headless');

/** @param {string} message */
const fail = (message) => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'No display found ($DISPLAY is not set), so Chromium cannot open a window.\n' +
      '  Run it under a virtual display:  xvfb-run -a npm start\n' +
      '  or without a window:             npm start -- --headless',
  );
}

let executable = '';
try {
  executable = findChromium({ playwrightExecutable: chromium.executablePath() });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

process.stdout.write('Building the extension (npm run build)…\n');
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('npm run build failed: see the output above.');

const gateway = await startFakeGateway();
const tmp = join(root, '.tmp');
await mkdir(tmp, { recursive: true });
const profile = await mkdtemp(join(tmp, 'start-profile-'));
const args = [
  ...chromiumArgs({ extensionDir: join(root, 'dist'), hostResolverRules: gateway.hostResolverRules }),
  `--user-data-dir=${profile}`,
  ...(headless ? ['--headless'] : []),
  gateway.demoUrl,
];
const browserLog = join(tmp, 'start-chromium.log');
const browser = spawn(executable, args, {
  stdio: ['ignore', 'ignore', openSync(browserLog, 'w')],
  env: { ...process.env, TMPDIR: tmp },
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  browser.kill('SIGTERM');
  await gateway.close();
  await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', (code) => {
  if (!stopping && code !== 0) process.stderr.write(`Chromium exited with code ${code}: see ${browserLog}\n`);
  stop();
});

/** Chromium writes the port it picked for --remote-debugging-port=0 here once it listens. */
const debuggingPort = async () => {
  for (let attempt = 0; attempt < 100; attempt++) {
    const written = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    if (written) return written.split('\n')[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 'unknown (DevToolsActivePort was not written)';
};

process.stdout.write(
  `\nFake API Gateway on 127.0.0.1:${gateway.port}; Chromium maps the demo hosts to it.\n` +
    `Demo page: ${gateway.demoUrl}\n` +
    `Remote debugging port: ${await debuggingPort()}\n` +
    (headless
      ? 'Headless: attach with chrome://inspect or a CDP client; the demo page is open with DevTools attached.\n'
      : 'In DevTools, open the "API Gateway 403" tab (behind » if the tab bar is full), then press "Run all" on the page.\n') +
    'Ctrl-C stops Chromium and the fake gateway.\n',
);
