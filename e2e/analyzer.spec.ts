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
import { caseUrlOf } from './fixtures/demo-page.ts';
import type { ExtensionBrowser } from './fixtures/extension.ts';
import { PROJECT_ROOT } from './fixtures/extension.ts';
import { expect, test } from './fixtures/index.ts';
import { pageAxeViolations } from './page-axe.ts';

const FIXTURE = join(PROJECT_ROOT, 'test/fixtures/rest-api-mixed.har');

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

test('a file that is not JSON gets a banner and no rows', async ({ extension }) => {
  const page = await openAnalyzer(extension);
  await page.getByTestId('har-file-input').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('these are not the logs'),
  });
  await expect(page.getByTestId('har-error-banner')).toBeVisible();
  await expect(page.getByTestId('request-row')).toHaveCount(0);
  await page.close();
});

test('the analyzer page with a loaded file has no axe violations', async ({ extension }) => {
  const page = await openAnalyzer(extension);
  await page.getByTestId('har-file-input').setInputFiles(FIXTURE);
  await expect(page.getByTestId('cause-card')).toBeVisible();
  expect(await pageAxeViolations(page)).toEqual([]);
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
