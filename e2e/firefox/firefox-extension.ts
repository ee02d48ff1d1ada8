import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { DevtoolsTheme } from '../fixtures/devtools.ts';
import { Panel } from '../fixtures/panel.ts';
import { waitUntil } from '../fixtures/wait-until.ts';
import * as chromeScripts from './chrome-scripts.mjs';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
/** The Firefox build; E2E_FIREFOX_EXTENSION_DIR points the suite at another one. */
export const FIREFOX_EXTENSION_DIR =
  process.env.E2E_FIREFOX_EXTENSION_DIR ?? join(PROJECT_ROOT, 'dist-firefox');

/** Debian's firefox-esr (installed by .ci/run), or FIREFOX_PATH. */
export function findFirefox(env: Record<string, string | undefined> = process.env): string {
  const found = [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path) => path !== undefined && path !== '' && existsSync(path),
  );
  if (found === undefined) {
    throw new Error('Firefox not found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH');
  }
  return found;
}

type BidiConnection = {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
};

/** What the frame script answers: `{"value": …}`, so that undefined survives JSON. */
function evaluatedValue<T>(json: string): T {
  return (JSON.parse(json) as { value?: T }).value as T;
}

type ChromeScript = (...args: never[]) => unknown;

/**
 * Firefox (system firefox-esr, headless) running dist-firefox/ as a temporary add-on, driven by puppeteer-core
 * over WebDriver BiDi. Pages are ordinary puppeteer pages; the toolbox, our panel and the event page are reached
 * from Firefox's own window (chrome-scripts.mjs). One per Playwright worker.
 */
export class FirefoxExtension {
  private nextHandle = 1;

  private constructor(
    readonly browser: Browser,
    readonly extensionId: string,
    private readonly chromeContext: string,
    private readonly profileDir: string,
  ) {}

  static async launch(options: { proxyPort: number; headless: boolean }): Promise<FirefoxExtension> {
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`no Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first`);
    }
    const tmp = join(PROJECT_ROOT, '.tmp');
    await mkdir(tmp, { recursive: true });
    const profileDir = await mkdtemp(join(tmp, 'e2e-firefox-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: options.headless,
      enableExtensions: true,
      userDataDir: profileDir,
      // Lets BiDi reach Firefox's own window, where the toolbox lives.
      args: ['-remote-allow-system-access', '-width', '1400', '-height', '900'],
      extraPrefsFirefox: {
        // Every http request goes to the fake gateway, which answers by Host (Chromium uses host-resolver-rules).
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': options.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // Answers Firefox's optional-permission prompt with "allow", as the user would (replay.spec.ts).
        'extensions.webextOptionalPermissionPrompts': false,
        'devtools.toolbox.host': 'bottom',
        'devtools.toolbox.footer.height': 600,
        'devtools.theme': 'light',
      },
      env: { ...process.env, TMPDIR: tmp },
    });
    const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = result.contexts as Array<{ context: string; url: string }>;
    const chromeWindow = contexts.find((context) => context.url.endsWith('/browser.xhtml'));
    if (!chromeWindow) throw new Error('Firefox did not expose its browser window over BiDi');
    const firefox = new FirefoxExtension(browser, extensionId, chromeWindow.context, profileDir);
    await firefox.inChrome(chromeScripts.installHelpers);
    return firefox;
  }

  /** Runs one of chrome-scripts.mjs in Firefox's window with JSON arguments and returns its JSON result. */
  async inChrome<F extends ChromeScript>(script: F, ...args: Parameters<F>): Promise<Awaited<ReturnType<F>>> {
    const connection = (this.browser as unknown as { connection: BidiConnection }).connection;
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration: `async (args) => JSON.stringify(await (${script.toString()})(...JSON.parse(args)))`,
      target: { context: this.chromeContext },
      awaitPromise: true,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
    });
    if (result.type === 'exception') {
      const details = result.exceptionDetails as { text?: string };
      throw new Error(`${script.name} failed in Firefox's window: ${details.text ?? 'unknown error'}`);
    }
    const value = (result.result as { value?: string }).value;
    return (value === undefined ? undefined : JSON.parse(value)) as Awaited<ReturnType<F>>;
  }

  /** Opens a new tab and its toolbox (our panel registered, not shown). */
  async openInspectedTab(): Promise<FirefoxInspectedTab> {
    const page = await this.browser.newPage();
    await page.bringToFront();
    const handle = `tab-${this.nextHandle++}`;
    const { toolId } = await this.inChrome(chromeScripts.openToolbox, handle, this.extensionId);
    return new FirefoxInspectedTab(this, page, new FirefoxToolbox(this, handle, toolId));
  }

  /** Stops the event page as Firefox does when it idles it out; the next message or port wakes a new one. */
  async stopServiceWorker(): Promise<void> {
    await this.inChrome(chromeScripts.terminateBackground, this.extensionId);
  }

  /** The running event page (woken if stopped), to evaluate code in. */
  async serviceWorker(): Promise<{ evaluate<T>(fn: () => T | Promise<T>): Promise<T> }> {
    return {
      evaluate: async <T>(fn: () => T | Promise<T>) =>
        evaluatedValue<T>(
          await this.inChrome(chromeScripts.evaluateInBackground, this.extensionId, `(${fn.toString()})()`),
        ),
    };
  }

  /** Downloads (the panel's "Save HAR") land in `dir`, with no dialog. */
  async setDownloadDir(dir: string): Promise<void> {
    await this.inChrome(chromeScripts.setDownloadDir, dir);
  }

  async setDevtoolsTheme(theme: DevtoolsTheme): Promise<void> {
    await this.inChrome(chromeScripts.setDevtoolsTheme, theme);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await rm(this.profileDir, { recursive: true, force: true });
  }
}

/** One tab and its toolbox. */
export class FirefoxInspectedTab {
  constructor(
    readonly firefox: FirefoxExtension,
    readonly page: Page,
    readonly devtools: FirefoxToolbox,
  ) {}

  async close(): Promise<void> {
    await this.devtools.detach();
    await this.page.close();
  }
}

/** The toolbox of one tab: our tab's title, showing our panel, screenshots of it. */
export class FirefoxToolbox {
  constructor(
    private readonly firefox: FirefoxExtension,
    private readonly handle: string,
    private readonly toolId: string,
  ) {}

  tabTitle(): Promise<string> {
    return this.firefox.inChrome(chromeScripts.tabTitle, this.handle, this.toolId);
  }

  async showPanel(): Promise<Panel> {
    await this.firefox.inChrome(chromeScripts.selectPanel, this.handle, this.toolId);
    const panel = new Panel({
      evaluate: async <T>(expression: string) =>
        evaluatedValue<T>(
          await this.firefox.inChrome(chromeScripts.evaluateInPanel, this.handle, this.toolId, expression),
        ),
    });
    await panel.waitForRoot();
    return panel;
  }

  /** PNG of our panel as the toolbox shows it. */
  async screenshot(path: string): Promise<void> {
    const dataUrl = await waitUntil('a snapshot of the panel', () =>
      this.firefox.inChrome(chromeScripts.panelScreenshot, this.handle, this.toolId),
    );
    await writeFile(path, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  }

  async detach(): Promise<void> {
    await this.firefox.inChrome(chromeScripts.closeToolbox, this.handle);
  }
}
