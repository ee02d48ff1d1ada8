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
import { panelTabIdExpression, showPanelExpression } from '../e2e/fixtures/devtools-frontend.mjs';

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

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Chromium writes the port it picked for --remote-debugging-port=0 here once it listens.
 * @returns {Promise<string | undefined>}
 */
const debuggingPort = async () => {
  for (let attempt = 0; attempt < 100; attempt++) {
    const written = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    if (written) return written.split('\n')[0];
    await sleep(100);
  }
  return undefined;
};

/**
 * Switches the demo tab's DevTools to our panel, as a user would by clicking its tab. Playwright lists the
 * DevTools window only once its frontend has booted, so this connects over CDP until it can, for up to ~30 s.
 * @param {string} port
 * @returns {Promise<boolean>}
 */
const showOurPanel = async (port) => {
  for (let attempt = 0; attempt < 30 && !stopping; attempt++) {
    const targets = /** @type {Array<{ type: string, url: string }>} */ (
      await fetch(`http://127.0.0.1:${port}/json/list`)
        .then((response) => response.json())
        .catch(() => [])
    );
    const worker = targets.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (worker && targets.some((t) => t.url.startsWith('devtools://devtools/'))) {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => undefined);
      try {
        const frontend = browser
          ?.contexts()
          .flatMap((context) => context.pages())
          .find((page) => page.url().startsWith('devtools://devtools/'));
        // `new URL()` gives 'null' as the origin of chrome-extension: URLs.
        const extensionOrigin = worker.url.split('/').slice(0, 3).join('/');
        const tabId = await frontend?.evaluate(panelTabIdExpression(extensionOrigin)).catch(() => undefined);
        if (frontend && typeof tabId === 'string') {
          await frontend.evaluate(showPanelExpression(tabId));
          return true;
        }
      } finally {
        // Disconnects only: the browser belongs to the user.
        await browser?.close();
      }
    }
    await sleep(1000);
  }
  return false;
};

const port = await debuggingPort();
process.stdout.write(
  `\nFake API Gateway on 127.0.0.1:${gateway.port}; Chromium maps the demo hosts to it.\n` +
    `Demo page: ${gateway.demoUrl}\n` +
    `Remote debugging port: ${port ?? 'unknown (DevToolsActivePort was not written)'}\n`,
);
const shown = port !== undefined && (await showOurPanel(port));
process.stdout.write(
  (shown
    ? 'DevTools shows the "API Gateway 403" tab.\n'
    : 'Open the "API Gateway 403" tab in DevTools (behind » if the tab bar is full).\n') +
    (headless
      ? 'Headless: attach with chrome://inspect or a CDP client to see it.\n'
      : 'Press "Run all" on the demo page to get a cause card for every case.\n') +
    'Ctrl-C stops Chromium and the fake gateway.\n',
);
