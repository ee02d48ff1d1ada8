/**
 * (d) The panel under load in real Chromium, through the e2e harness (e2e/fixtures/): a page
 * fires bursts of requests with DevTools and our panel open; then the same page is loaded in turn
 * in that browser, in one with only an extension whose devtools page registers an empty
 * `onRequestFinished` listener (the physical floor: DevTools' cost of posting every request to any
 * listener) and in one without extensions (DevTools open in all three).
 * Loaded by bench/sections/panel.mjs with Vite's module runner, so this stays TypeScript.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../e2e/fixtures/chromium.mjs';
import { EXTENSION_DIR, ExtensionBrowser, PROJECT_ROOT } from '../../e2e/fixtures/extension.ts';
import type { Panel } from '../../e2e/fixtures/panel.ts';
import { waitUntil } from '../../e2e/fixtures/wait-until.ts';

export interface PanelBenchOptions {
  hostResolverRules: string;
  /** The burst page for a given run. */
  pageUrl: string;
  requests: number;
  flagged: number;
  loadRuns: number;
}

/** A CDP CPU profile (Profiler.Profile): nodes with their call frames, and the sampled node per tick. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

export interface PanelBenchResult {
  /** The `bench=<i>` numbers of the flagged rows the panel lists, and of those diagnosed. */
  flaggedShown: number[];
  flaggedDiagnosed: number[];
  /**
   * From the page's last response to the panel's last flagged row turning `diagnosed` (negative: it
   * was before the last response; null: never all of them).
   */
  lastResponseToLastDiagnosedMs: number | null;
  longTasks: { count: number; totalMs: number; maxMs: number };
  panelHeapUsedBytes: number;
  /** The panel document's CPU profile over the first load (the untimed one that counts rows). */
  panelCpuProfile: CpuProfile;
  /** Page's own time to send every request and read every response, per run. */
  loadMsWithExtension: number[];
  loadMsWithoutExtension: number[];
  loadMsWithEmptyListener: number[];
}

interface BenchWindow {
  __bench?: { done: boolean; lastResponseAt: number; durationMs: number };
}

interface PanelProbe {
  longTasks: number[];
  diagnosed: number;
  lastDiagnosedAt: number;
}

const FLAGGED_MARK = 'bench=';
const benchNumber = (row: { url: string }) => Number(new URL(row.url).searchParams.get('bench'));
const PAGE_TIMEOUT_MS = 180_000;
const ROW_HEIGHT = 22;
const EMPTY_LISTENER_EXTENSION = fileURLToPath(new URL('./empty-listener/', import.meta.url));

/** Counts flagged rows turning `diagnosed` the moment they do, and the panel's long tasks. */
function installProbe(flaggedMark: string): void {
  const probe = { longTasks: [] as number[], diagnosed: 0, lastDiagnosedAt: 0 };
  (window as unknown as { __apigw403Probe: typeof probe }).__apigw403Probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const count = () => {
    let diagnosed = 0;
    for (const row of document.querySelectorAll<HTMLElement>(
      '[data-testid="request-row"][data-state="diagnosed"]',
    )) {
      if (row.dataset.url?.includes(flaggedMark)) diagnosed += 1;
    }
    return diagnosed;
  };
  new MutationObserver(() => {
    const diagnosed = count();
    if (diagnosed > probe.diagnosed) {
      probe.diagnosed = diagnosed;
      probe.lastDiagnosedAt = Date.now();
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });
}

async function loadBenchPage(
  page: Page,
  url: string,
): Promise<{ lastResponseAt: number; durationMs: number }> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.done === true, undefined, {
    timeout: PAGE_TIMEOUT_MS,
    polling: 100,
  });
  return page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    return { lastResponseAt: bench?.lastResponseAt ?? 0, durationMs: bench?.durationMs ?? 0 };
  });
}

function readProbe(panel: Panel): Promise<PanelProbe> {
  return panel.evaluate(() => (window as unknown as { __apigw403Probe: PanelProbe }).__apigw403Probe);
}

/** Waits until every flagged row is diagnosed, or until nothing changed for 15 s. */
async function settle(panel: Panel, flagged: number): Promise<PanelProbe> {
  let last = await readProbe(panel);
  let changedAt = Date.now();
  while (last.diagnosed < flagged && Date.now() - changedAt < 15_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await readProbe(panel);
    if (now.diagnosed !== last.diagnosed) changedAt = Date.now();
    last = now;
  }
  return last;
}

/**
 * Chromium with DevTools open on its tab and, instead of ours, `extensionDir` (the empty listener)
 * or no extension: the baselines of the load-time ratio.
 */
async function launchBaseline(
  hostResolverRules: string,
  extensionDir?: string,
): Promise<{ context: BrowserContext; page: Page; dir: string }> {
  const dir = await mkdtemp(join(PROJECT_ROOT, '.tmp', 'bench-plain-'));
  const args = chromiumArgs({ extensionDir: extensionDir ?? EXTENSION_DIR, hostResolverRules }).filter(
    (arg) =>
      extensionDir !== undefined ||
      (!arg.startsWith('--load-extension') && !arg.startsWith('--disable-extensions-except')),
  );
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium({ playwrightExecutable: chromium.executablePath() }),
    headless: true,
    args,
    env: { ...process.env, TMPDIR: join(PROJECT_ROOT, '.tmp') },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const browser = context.browser();
  if (!browser) throw new Error('Playwright returned a persistent context without a browser');
  const session = await browser.newBrowserCDPSession();
  // DevTools must be open (and booted) before the page is timed, as it is on the extension side.
  await waitUntil('DevTools to open on the plain browser tab', async () => {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.some((target) => target.url.startsWith('devtools://devtools/'));
  });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return { context, page, dir };
}

export async function runPanelBench(options: PanelBenchOptions): Promise<PanelBenchResult> {
  const extension = await ExtensionBrowser.launch({
    hostResolverRules: options.hostResolverRules,
    headless: true,
  });
  const baselines: Array<Awaited<ReturnType<typeof launchBaseline>>> = [];
  try {
    const tab = await extension.openInspectedTab();
    // Tall enough that the virtualized list (which shares the height with the details pane) keeps every
    // flagged row in the DOM, where the probe sees it turn diagnosed.
    await tab.devtools.resize(1400, Math.max(900, (options.flagged + 20) * ROW_HEIGHT * 2 + 800));
    const panel = await tab.devtools.showPanel();
    await panel.evaluate(installProbe, FLAGGED_MARK);

    // Profiled on this first load only: the sampler's own cost stays out of the timed loads below.
    await panel.session.send('Profiler.enable');
    await panel.session.send('Profiler.setSamplingInterval', { interval: 200 });
    await panel.session.send('Profiler.start');
    const { lastResponseAt } = await loadBenchPage(tab.page, options.pageUrl);
    const probe = await settle(panel, options.flagged);
    const { profile } = await panel.session.send<{ profile: CpuProfile }>('Profiler.stop');
    const rows = await panel.rows();
    const flaggedRows = rows.filter((row) => row.url.includes(FLAGGED_MARK));
    const heap = await panel.session.send<{ usedSize: number }>('Runtime.getHeapUsage');
    const allDiagnosed = probe.diagnosed >= options.flagged;

    const plain = await launchBaseline(options.hostResolverRules);
    baselines.push(plain);
    const floor = await launchBaseline(options.hostResolverRules, EMPTY_LISTENER_EXTENSION);
    baselines.push(floor);
    const loadMsWithExtension: number[] = [];
    const loadMsWithoutExtension: number[] = [];
    const loadMsWithEmptyListener: number[] = [];
    const sides: Array<[Page, number[]]> = [
      [tab.page, loadMsWithExtension],
      [floor.page, loadMsWithEmptyListener],
      [plain.page, loadMsWithoutExtension],
    ];
    for (let run = 0; run < options.loadRuns; run++) {
      // Each run starts with the next side, so drift on the machine hits all three alike.
      for (let i = 0; i < sides.length; i++) {
        const [page, times] = sides[(run + i) % sides.length] as [Page, number[]];
        times.push((await loadBenchPage(page, options.pageUrl)).durationMs);
      }
    }

    return {
      flaggedShown: [...new Set(flaggedRows.map(benchNumber))],
      flaggedDiagnosed: [...new Set(flaggedRows.filter((row) => row.state === 'diagnosed').map(benchNumber))],
      lastResponseToLastDiagnosedMs: allDiagnosed ? probe.lastDiagnosedAt - lastResponseAt : null,
      longTasks: {
        count: probe.longTasks.length,
        totalMs: probe.longTasks.reduce((sum, duration) => sum + duration, 0),
        maxMs: Math.max(0, ...probe.longTasks),
      },
      panelHeapUsedBytes: heap.usedSize,
      panelCpuProfile: profile,
      loadMsWithExtension,
      loadMsWithoutExtension,
      loadMsWithEmptyListener,
    };
  } finally {
    await extension.close();
    for (const baseline of baselines) {
      await baseline.context.close();
      await rm(baseline.dir, { recursive: true, force: true });
    }
  }
}
