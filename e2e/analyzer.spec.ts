/**
 * Issue 6 item 5: the offline analyzer page (src/analyzer/). Needs: dist/ built with the analyzer page, the HAR
 * reader (src/har/) and the panel's list and cause-card components. The file goes through a real <input
 * type=file> and is read with File.stream() in Chromium; the expected causes come from the same analysis run in
 * Node over the same bytes, so the page is checked against the core, not against a copy of its answers.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { analyzeForPage } from '../src/analyzer/page-analysis.ts';
import { textSource } from '../src/inputs/index.ts';
import { caseUrlOf } from './fixtures/demo-page.ts';
import type { ExtensionBrowser } from './fixtures/extension.ts';
import { PROJECT_ROOT } from './fixtures/extension.ts';
import { expect, test } from './fixtures/index.ts';
import { pageAxeViolations } from './page-axe.ts';

const FIXTURE = join(PROJECT_ROOT, 'test/fixtures/rest-api-mixed.har');
/** A real `curl -v` of a 403 from API Gateway (src/inputs/__fixtures__/SOURCES.md says where it comes from). */
const CURL_403 = join(PROJECT_ROOT, 'src/inputs/__fixtures__/curl-v-waf-forbidden.txt');

/** What the page must show for a transcript: the same pipeline run in Node over the same text. */
async function expectedOfTranscript(text: string) {
  const read = textSource(text, { creatorVersion: 'e2e' });
  if (!('text' in read)) throw new Error('fixture has no exchange');
  return (await analyzeForPage({ text: read.text })).entries.filter((entry) => entry.diagnosis.flagged);
}

async function openAnalyzer(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`${extension.origin}/src/analyzer/index.html`);
  await expect(page.getByTestId('har-drop-zone')).toBeVisible();
  return page;
}

function rows(page: Page) {
  return page.getByTestId('request-row').evaluateAll((elements) =>
    elements.map((row) => ({
      id: (row as HTMLElement).dataset.requestId,
      cause: (row as HTMLElement).dataset.cause,
    })),
  );
}

test('a HAR file picked in the analyzer page shows the panel list and cause cards', async ({ extension }) => {
  const text = await readFile(FIXTURE, 'utf8');
  const expected = (await analyzeForPage({ text })).entries
    .filter((entry) => entry.diagnosis.flagged)
    .map((entry) => ({ id: entry.exchange.id, cause: entry.diagnosis.causes[0]?.id }));
  expect(expected.length).toBeGreaterThan(3);

  const page = await openAnalyzer(extension);
  await page.getByTestId('har-file-input').setInputFiles(FIXTURE);
  await expect(page.getByTestId('analyzer-summary')).toBeVisible();
  expect(await rows(page)).toEqual(expected);
  // The first flagged request is selected on load; its card is the panel's.
  await expect(page.getByTestId('cause-card')).toHaveAttribute('data-cause', expected[0]?.cause ?? '');
  // Selecting another row shows its card.
  const last = expected[expected.length - 1];
  await page.locator(`[data-testid="request-row"][data-request-id="${last?.id}"]`).click();
  await expect(page.getByTestId('cause-card')).toHaveAttribute('data-cause', last?.cause ?? '');
  await expect(page.getByTestId('har-error-banner')).toHaveCount(0);
  await page.close();
});

test('a malformed file gets a banner with the reason, and what came before is still analysed', async ({
  extension,
}) => {
  const text = await readFile(FIXTURE, 'utf8');
  const cut = text.indexOf('/prod/reports');
  const page = await openAnalyzer(extension);
  await page.getByTestId('har-file-input').setInputFiles({
    name: 'cut.har',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, cut)),
  });
  const banner = page.getByTestId('har-error-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('data-code', 'truncated');
  await expect(banner).toContainText('cut.har');
  const before = (await analyzeForPage({ text: text.slice(0, cut) })).entries.filter(
    (entry) => entry.diagnosis.flagged,
  );
  expect(before.length).toBeGreaterThan(0);
  expect((await rows(page)).map((row) => row.id)).toEqual(before.map((entry) => entry.exchange.id));
  await page.close();
});

test('a HAR file that is not JSON gets a banner and no rows', async ({ extension }) => {
  const page = await openAnalyzer(extension);
  await page.getByTestId('har-file-input').setInputFiles({
    name: 'notes.har',
    mimeType: 'text/plain',
    buffer: Buffer.from('these are not the logs'),
  });
  await expect(page.getByTestId('har-error-banner')).toBeVisible();
  await expect(page.getByTestId('request-row')).toHaveCount(0);
  await page.close();
});

test('the analyzer page with a loaded file has no axe violations and reads every column header whole', async ({
  extension,
}) => {
  const page = await openAnalyzer(extension);
  await page.getByTestId('har-file-input').setInputFiles(FIXTURE);
  await expect(page.getByTestId('cause-card')).toBeVisible();
  expect(await pageAxeViolations(page)).toEqual([]);
  const truncated = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.column-label')]
      .filter((label) => label.scrollWidth > label.clientWidth)
      .map((label) => label.textContent),
  );
  expect(await page.locator('.column-label').count()).toBe(6);
  expect(truncated).toEqual([]);
  await page.close();
});

test('the analyzer page follows the system theme: dark when the system is, light again when it changes', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${extension.origin}/src/analyzer/index.html`);
  await expect(page.getByTestId('har-drop-zone')).toBeVisible();
  const look = () =>
    page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
    }));
  const dark = await look();
  expect(dark.theme).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => (await look()).theme).toBe('light');
  expect((await look()).background, 'the page background changes with the theme').not.toBe(dark.background);
  await page.close();
});

test('"Open in the analyzer page" from the panel row menu shows that request there', async ({
  demo,
  extension,
  panel,
}) => {
  await demo.run('iam-anonymous-not-allowed');
  const url = caseUrlOf('iam-anonymous-not-allowed');
  await expect
    .poll(async () => (await panel.rows()).some((row) => row.url === url && row.state === 'diagnosed'))
    .toBe(true);
  const opened = extension.context.waitForEvent('page', (page) => page.url().includes('#har='));
  const clicked = await panel.evaluate(async (target) => {
    const row = [...document.querySelectorAll<HTMLElement>('[data-testid="request-row"]')].find(
      (element) => element.dataset.url === target,
    );
    const box = row?.getBoundingClientRect();
    row?.dispatchEvent(
      new MouseEvent('contextmenu', { bubbles: true, clientX: box?.left, clientY: box?.top }),
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const item = document.querySelector<HTMLElement>(
      '[data-testid="row-menu"] [data-action="open-analyzer"]',
    );
    item?.click();
    return item !== null;
  }, url);
  expect(clicked).toBe(true);
  const page = await opened;
  await expect(page.getByTestId('cause-card')).toHaveAttribute('data-cause', 'iam-anonymous-not-allowed');
  expect(await rows(page)).toEqual([expect.objectContaining({ cause: 'iam-anonymous-not-allowed' })]);
  await page.close();
});

test('a pasted curl -v of a 403 shows its cause card, the format it was read as, and nothing missing', async ({
  extension,
}) => {
  const transcript = await readFile(CURL_403, 'utf8');
  const [expected] = await expectedOfTranscript(transcript);
  expect(expected?.diagnosis.causes.length).toBeGreaterThan(0);
  const page = await openAnalyzer(extension);
  await page.getByTestId('paste-text').fill(transcript);
  await page.getByTestId('paste-submit').click();
  await expect(page.getByTestId('cause-card')).toHaveAttribute(
    'data-cause',
    expected?.diagnosis.causes[0]?.id ?? '',
  );
  const note = page.getByTestId('input-note');
  await expect(note).toHaveAttribute('data-format', 'curl');
  await expect(note).toHaveAttribute('data-missing', '');
  await expect(note).toContainText('curl -v');
  // A bare body next: the notes say what it could not show.
  await page.getByTestId('paste-text').fill('{"message":"Missing Authentication Token"}');
  await page.getByTestId('paste-submit').click();
  await expect(note).toHaveAttribute('data-format', 'text');
  await expect(note).toContainText('who answered is inferred from the host and the message');
  await page.close();
});

test('two files dropped at once, a HAR and a curl -v transcript, are listed together', async ({
  extension,
}) => {
  const har = await readFile(FIXTURE, 'utf8');
  const transcript = await readFile(CURL_403, 'utf8');
  const fromHar = (await analyzeForPage({ text: har })).entries.filter((entry) => entry.diagnosis.flagged);
  const fromTranscript = await expectedOfTranscript(transcript);
  const expected = [
    ...fromHar.map((entry) => ({ id: `1/${entry.exchange.id}`, cause: entry.diagnosis.causes[0]?.id })),
    ...fromTranscript.map((entry) => ({
      id: `2/${entry.exchange.id}`,
      cause: entry.diagnosis.causes[0]?.id,
    })),
  ];
  const page = await openAnalyzer(extension);
  // A real drop: a DataTransfer holding both files, dispatched on the drop zone.
  const dataTransfer = await page.evaluateHandle(
    ({ harText, curlText }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([harText], 'rest-api-mixed.har', { type: 'application/json' }));
      transfer.items.add(new File([curlText], 'ticket.txt', { type: 'text/plain' }));
      return transfer;
    },
    { harText: har, curlText: transcript },
  );
  await page.getByTestId('har-drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('input-note')).toHaveCount(2);
  await expect(page.getByTestId('input-note').nth(0)).toContainText('rest-api-mixed.har');
  await expect(page.getByTestId('input-note').nth(1)).toHaveAttribute('data-format', 'curl');
  await expect.poll(() => rows(page)).toEqual(expected);
  await page.close();
});
