/**
 * Issue 6 items 3 and 4, in real DevTools: "Export HAR…" in the panel saves an annotated, redacted HAR through the
 * browser's download flow, and that file (1) is named, annotated and redacted as promised, validates with
 * har-validator and re-analyses with the CLI to the same causes, (2) loads in Chromium's own Network panel through
 * its "Import HAR file" control. Needs: dist/ and dist-cli/ built (`npm run build`), the panel's export dialog and
 * src/har's export.
 *
 * How the download is caught: the panel saves through an `<a download>` of a blob URL inside its iframe in the
 * DevTools window, which Playwright does not treat as a page, so `page.on('download')` never fires. Instead the
 * test sends `Browser.setDownloadBehavior` (`allow`, a fresh directory under .tmp/, events on) on the fixtures'
 * browser CDP session and waits for the `Browser.downloadProgress` event whose state is `completed`: Chromium
 * itself writes the file under the name the panel suggested. This replaces Playwright's own download directory for
 * the rest of the worker; no other spec downloads anything.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { CDPSession, Request, TestInfo } from '@playwright/test';
import type { DemoPage } from './fixtures/demo-page.ts';
import { caseUrlOf, gatewayCase } from './fixtures/demo-page.ts';
import { type ExtensionBrowser, PROJECT_ROOT } from './fixtures/extension.ts';
import { expect, type Panel, test } from './fixtures/index.ts';
import type { TargetSession } from './fixtures/target-session.ts';
import { waitUntil } from './fixtures/wait-until.ts';

/**
 * Cases whose requests carry a secret: a JWT, SigV4 (key id + signature), a session token, an API key, and a
 * gateway answer that echoes the Bearer token back in its body; then a cause that depends on session context
 * (invalid-stage after a 200 on prod): the export carries the 2xx answers (and preflights) the panel learnt context
 * from, without rows for them, so the file re-analyses to the cause the panel showed.
 */
const CASES = [
  'lambda-authorizer-explicit-deny',
  'iam-explicit-deny',
  'expired-security-token',
  'waf-blocked',
  'iam-method-non-sigv4-authorization',
  'rest-200',
  'invalid-stage',
] as const;
/** The cases the panel lists as rows: those with a cause. */
const FLAGGED = CASES.filter((id) => gatewayCase(id).expect !== null);

const CLI = join(PROJECT_ROOT, 'dist-cli', 'apigw403.mjs');

interface HarFile {
  log: {
    entries: Array<{
      request: { url: string; method: string };
      response: { status: number };
      _apigw403?: { causes: Array<{ id: string }> };
    }>;
    _apigw403?: { entries: number; flagged: number; topCauses: Record<string, number>; redacted: boolean };
  };
}

interface Download {
  path: string;
  suggestedName: string;
}

/** Runs `save` and returns the file Chromium downloaded because of it, into a new directory under .tmp/. */
async function captureDownload(browserSession: CDPSession, save: () => Promise<void>): Promise<Download> {
  const downloadPath = await mkdtemp(join(PROJECT_ROOT, '.tmp', 'e2e-export-'));
  let suggestedName: string | undefined;
  let finished: { state: string; filePath?: string } | undefined;
  const onBegin = (event: { suggestedFilename: string }) => {
    suggestedName = event.suggestedFilename;
  };
  const onProgress = (event: { state: string; filePath?: string }) => {
    if (event.state !== 'inProgress') finished = event;
  };
  browserSession.on('Browser.downloadWillBegin', onBegin);
  browserSession.on('Browser.downloadProgress', onProgress);
  try {
    await browserSession.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath,
      eventsEnabled: true,
    });
    await save();
    const done = await waitUntil('the exported HAR download to end', async () => finished);
    if (done.state !== 'completed' || !done.filePath || !suggestedName)
      throw new Error(`the download ended ${done.state} (${done.filePath ?? 'no file'})`);
    return { path: done.filePath, suggestedName };
  } finally {
    browserSession.off('Browser.downloadWillBegin', onBegin);
    browserSession.off('Browser.downloadProgress', onProgress);
  }
}

/** Sends each case from the demo page and waits until the panel diagnosed all of them. */
async function captureCases(demo: DemoPage, panel: Panel): Promise<void> {
  for (const id of CASES) await demo.run(id);
  await expect
    .poll(async () => (await panel.rows()).filter((row) => row.state === 'diagnosed').length)
    .toBe(FLAGGED.length);
}

/** Opens "Export HAR…" (redaction on, the default), waits for its preview and saves; returns the download. */
async function exportFromPanel(
  extension: ExtensionBrowser,
  panel: Panel,
  testInfo: TestInfo,
): Promise<Download> {
  await panel.evaluate(() => {
    [...document.querySelectorAll('button')]
      .find((button) => button.getAttribute('aria-label') === 'Export HAR…')
      ?.click();
  });
  // The preview is computed by the same export that is saved: once it shows, Save is enabled.
  await expect
    .poll(() =>
      panel.evaluate(() => document.querySelector('[data-testid="redaction-preview"]')?.textContent ?? ''),
    )
    .toMatch(/authorization/i);
  const download = await captureDownload(extension.browserSession, async () => {
    const clicked = await panel.evaluate(() => {
      const save = [
        ...document.querySelectorAll<HTMLButtonElement>('[data-testid="export-dialog"] button'),
      ].find((button) => button.textContent === 'Save HAR');
      save?.click();
      return save !== undefined && !save.disabled;
    });
    if (!clicked) throw new Error('no enabled "Save HAR" button in the export dialog');
  });
  await testInfo.attach(download.suggestedName, { path: download.path, contentType: 'application/json' });
  return download;
}

/** What the demo page really sent that redaction must remove, by kind (read from the requests Chromium made). */
async function secretsSent(requests: Request[]): Promise<Record<string, Set<string>>> {
  const secrets = {
    jwt: new Set<string>(),
    'jwt signature': new Set<string>(),
    'access key id': new Set<string>(),
    'sigv4 signature': new Set<string>(),
    'session token': new Set<string>(),
    'api key': new Set<string>(),
  };
  for (const request of requests) {
    const headers = await request.allHeaders();
    const authorization = headers.authorization ?? '';
    const bearer = /^Bearer (\S+)$/.exec(authorization)?.[1];
    if (bearer) {
      secrets.jwt.add(bearer);
      secrets['jwt signature'].add(bearer.split('.')[2] ?? bearer);
    }
    const keyId = /Credential=([^/,\s]+)\//.exec(authorization)?.[1];
    if (keyId) secrets['access key id'].add(keyId);
    const signature = /Signature=([0-9a-f]+)/.exec(authorization)?.[1];
    if (signature) secrets['sigv4 signature'].add(signature);
    if (headers['x-amz-security-token']) secrets['session token'].add(headers['x-amz-security-token']);
    if (headers['x-api-key']) secrets['api key'].add(headers['x-api-key']);
  }
  return secrets;
}

interface HarValidator {
  har(data: unknown): Promise<boolean>;
}

/** har-validator's verdict: [] when valid, else its ajv errors (it rejects with `{errors}`). */
async function harValidatorErrors(har: unknown): Promise<unknown[]> {
  const validator = createRequire(import.meta.url)('har-validator') as HarValidator;
  try {
    await validator.har(har);
    return [];
  } catch (error) {
    return (error as { errors?: unknown[] }).errors ?? [String(error)];
  }
}

/** `[url, cause ids best first]` of every flagged entry, as the CLI (`analyze --format json`) reads the file. */
async function cliCauses(path: string): Promise<Array<[string, string[]]>> {
  if (!existsSync(CLI)) throw new Error(`no built CLI at ${CLI}: run \`npm run build\` first`);
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'analyze', path, '--format', 'json']);
  const report = JSON.parse(stdout) as {
    entries: Array<{ url: string; flagged: boolean; causes: Array<{ id: string }> }>;
  };
  return report.entries
    .filter((entry) => entry.flagged)
    .map((entry) => [entry.url, entry.causes.map((cause) => cause.id)]);
}

/** Rows compared by URL: the export's order and the Network panel's (by start time) need not be the send order. */
const byUrl = (a: readonly unknown[], b: readonly unknown[]) => String(a[0]).localeCompare(String(b[0]));

const pad = (value: number) => String(value).padStart(2, '0');
/** `yyyy-mm-dd-hhmm` in local time, the stamp the panel puts in the file name. */
const stampOf = (at: Date) =>
  `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;

test('Export HAR saves an annotated, redacted, valid HAR that re-analyses to the same causes', async ({
  demo,
  panel,
  extension,
}, testInfo) => {
  const requests: Request[] = [];
  demo.page.on('request', (request) => requests.push(request));
  await captureCases(demo, panel);
  const shown = new Map((await panel.rows()).map((row) => [row.url, row.cause]));
  const before = stampOf(new Date());
  const download = await exportFromPanel(extension, panel, testInfo);
  const after = stampOf(new Date());

  try {
    // The name: the browser saved it under what the panel suggested: host of the first exported request, now.
    expect(basename(download.path)).toBe(download.suggestedName);
    const name = /^apigw403-(.+)-(\d{4}-\d{2}-\d{2}-\d{4})\.har$/.exec(download.suggestedName);
    const text = await readFile(download.path, 'utf8');
    const har = JSON.parse(text) as HarFile;
    expect(name?.[1]).toBe(new URL(har.log.entries[0]?.request.url ?? 'http://missing').host);
    expect([before, after]).toContain(name?.[2]);

    // Annotated: one entry per panel row, each with the top cause the table expects (and the panel showed).
    const expected = FLAGGED.map(
      (id) => [caseUrlOf(id), gatewayCase(id).expect] as [string, string | null],
    ).sort(byUrl);
    expect(expected.map(([url]) => [url, shown.get(url)])).toEqual(expected);
    const annotated = har.log.entries.filter((entry) => entry._apigw403);
    expect(
      annotated.map((entry) => [entry.request.url, entry._apigw403?.causes[0]?.id ?? null]).sort(byUrl),
    ).toEqual(expected);
    // And the success the panel learnt context from, though it has no row.
    expect(
      har.log.entries.filter((entry) => entry.request.method === 'GET' && entry.response.status === 200),
    ).toMatchObject([{ request: { url: caseUrlOf('rest-200') } }]);
    const topCauses: Record<string, number> = {};
    for (const [, cause] of expected) if (cause) topCauses[cause] = (topCauses[cause] ?? 0) + 1;
    expect(har.log._apigw403).toMatchObject({
      entries: har.log.entries.length,
      flagged: FLAGGED.length,
      topCauses,
      redacted: true,
    });

    // Redacted: no secret the page sent survives, anywhere in the text (headers, bodies, annotations).
    const secrets = await secretsSent(requests);
    const sentKinds = Object.entries(secrets).filter(([, values]) => values.size > 0);
    // Else the check below would prove nothing.
    expect(sentKinds.map(([kind]) => kind)).toEqual(Object.keys(secrets));
    const surviving = sentKinds.flatMap(([kind, values]) =>
      [...values].filter((value) => text.includes(value)).map((value) => `${kind}: ${value}`),
    );
    expect(surviving).toEqual([]);

    expect(await harValidatorErrors(har)).toEqual([]);

    // Re-analysed from the redacted file alone (the CLI, as a support engineer would): the same top causes as the
    // panel, and the same ranked candidates as the annotations, so redaction kept every piece of evidence.
    const reanalysed = (await cliCauses(download.path)).sort(byUrl);
    expect(reanalysed.map(([url, causes]) => [url, causes[0] ?? null])).toEqual(expected);
    expect(reanalysed).toEqual(
      annotated
        .map((entry) => [entry.request.url, entry._apigw403?.causes.map((cause) => cause.id)])
        .sort(byUrl),
    );
  } finally {
    await rm(dirname(download.path), { recursive: true, force: true });
  }
});

/**
 * Evaluates in the DevTools frontend with the Network panel's modules loaded. Its `NetworkLog` is per DevTools
 * window, so a fresh tab's log holds only what that tab did plus what was imported.
 */
function inNetworkPanel<T>(frontend: TargetSession, body: string): Promise<T> {
  return frontend.evaluate<T>(`(async () => {
    const UI = await import('./ui/legacy/legacy.js');
    const Common = await import('./core/common/common.js');
    const Logs = await import('./models/logs/logs.js');
    const Network = await import('./panels/network/network.js');
    await UI.ViewManager.ViewManager.instance().showView('network');
    const panel = Network.NetworkPanel.NetworkPanel.instance();
    ${body}
  })()`);
}

test('the exported HAR loads in a fresh tab through the Network panel\'s "Import HAR file"', async ({
  demo,
  panel,
  extension,
}, testInfo) => {
  await captureCases(demo, panel);
  const download = await exportFromPanel(extension, panel, testInfo);
  const fresh = await extension.openInspectedTab();
  try {
    const har = JSON.parse(await readFile(download.path, 'utf8')) as HarFile;
    const frontend = fresh.devtools.session;
    const before = await inNetworkPanel<number>(
      frontend,
      'return Logs.NetworkLog.NetworkLog.instance().requests().length;',
    );

    // The "Import HAR file" toolbar button clicks this hidden <input type=file>; its change handler is the
    // Network panel's onLoadFromFile (the drop handler calls the same): file reader, JSON.parse, HARRoot,
    // HAR Importer, NetworkLog.importRequests. The file is set the way a file chooser would (DOM.setFileInputFiles
    // fires the input's change event), so everything after the native file chooser runs as for a user.
    const input = await frontend.send<{ result: { objectId?: string } }>('Runtime.evaluate', {
      expression: `(async () => {
        const UI = await import('./ui/legacy/legacy.js');
        const Network = await import('./panels/network/network.js');
        await UI.ViewManager.ViewManager.instance().showView('network');
        return Network.NetworkPanel.NetworkPanel.instance().fileSelectorElement;
      })()`,
      awaitPromise: true,
    });
    if (!input.result.objectId) throw new Error('the Network panel has no HAR file input');
    await frontend.send('DOM.setFileInputFiles', { objectId: input.result.objectId, files: [download.path] });

    // Done when the requests are listed or DevTools reported a failure (harLoadFailed logs to its Console model).
    const outcome = await waitUntil('the Network panel to import the HAR or report an error', () =>
      inNetworkPanel<{ requests: Array<[string, string, number]>; rows: number; errors: string[] } | false>(
        frontend,
        `const requests = Logs.NetworkLog.NetworkLog.instance().requests().slice(${before});
        const errors = Common.Console.Console.instance().messages()
          .filter((message) => message.level === 'error').map((message) => message.text);
        const rows = panel.networkLogView.dataGrid.rootNode().flatChildren().length;
        if (errors.length === 0 && (requests.length < ${har.log.entries.length} || rows < requests.length))
          return false;
        return {
          requests: requests.map((request) => [request.requestMethod, request.url(), request.statusCode]),
          rows,
          errors,
        };`,
      ),
    );
    expect(outcome.errors).toEqual([]);
    expect(outcome.requests.map(([method, url, status]) => [url, method, status]).sort(byUrl)).toEqual(
      har.log.entries
        .map((entry) => [entry.request.url, entry.request.method, entry.response.status])
        .sort(byUrl),
    );
    // And the Network panel lists them.
    expect(outcome.rows).toBe(har.log.entries.length);
  } finally {
    await fresh.devtools.detach();
    await fresh.page.close();
    await rm(dirname(download.path), { recursive: true, force: true });
  }
});
