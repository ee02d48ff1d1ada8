/**
 * Firefox only: Replay from the panel's row menu asks for access to the origin through an extension tab, since
 * Firefox gives DevTools panels no permissions API (Chromium asks in place; replay.spec.ts). The access page's
 * "Allow access" gets a real click (a user gesture); Firefox's prompt is answered "allow" by the
 * `extensions.webextOptionalPermissionPrompts` pref the harness sets, as a user would.
 */
import type { Page } from 'puppeteer-core';
import { caseUrl } from '../fake-gateway/cases.mjs';
import { expect, test } from '../fixtures/cross-browser.ts';
import { gatewayCase } from '../fixtures/demo-page.ts';
import { openReplayDialog, replayResult } from '../fixtures/replay-dialog.ts';
import { waitUntil } from '../fixtures/wait-until.ts';

const CASE = gatewayCase('resource-not-found-signed');
const URL_ = caseUrl(CASE);

test('replay without Authorization asks for access in a tab, then changes the diagnosis', async ({
  extension,
  demo,
  panel,
}) => {
  if (!('browser' in extension)) throw new Error('this spec drives Firefox');
  const { browser } = extension as unknown as { browser: { pages(): Promise<Page[]> } };
  await demo.run(CASE.id);
  await expect
    .poll(async () => (await panel.rows()).filter((r) => r.url === URL_ && r.state === 'diagnosed').length)
    .toBe(1);
  await openReplayDialog(panel, URL_);
  await panel.evaluate(() => {
    document.querySelector<HTMLInputElement>('input[type="radio"][value="without-authorization"]')?.click();
    document.querySelector<HTMLElement>('[data-testid="replay-confirm"]')?.click();
  });
  // Puppeteer may still report a tab the worker opened as about:blank: ask each page where it is.
  const accessPage = await waitUntil('the access page to open', async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.includes('#access=')) return page;
    }
    return undefined;
  });
  await accessPage.locator('[data-testid="access-allow"]').click();
  await expect.poll(() => replayResult(panel)).not.toBeNull();
  expect(await replayResult(panel)).toEqual({
    before: CASE.expect,
    after: 'resource-not-found-unsigned',
    afterStatus: '403',
  });
});
