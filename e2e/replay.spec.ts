/**
 * Issue 7 item 3: replay from the panel's row menu. Needs: dist/ built, the panel's row menu with "Replay…", the
 * replay dialog (src/panel/live/) and the worker's replay (src/background/replay.ts).
 *
 * The fake gateway answers a route that does not exist the way API Gateway does: IncompleteSignatureException
 * while a Bearer token is in Authorization, "Missing Authentication Token" without it. Replaying without
 * Authorization is how a user tells resource-not-found from an auth problem, so the diagnosis must change.
 * Clicks inside the panel are DOM clicks (the panel is an iframe of the DevTools frontend, reached over CDP), so
 * they carry no user gesture: access to the origin is granted beforehand (host-access.ts) and the panel's
 * permission request falls back on that grant.
 */
import type { Page } from '@playwright/test';
import { caseUrl } from './fake-gateway/cases.mjs';
import { DemoPage, gatewayCase } from './fixtures/demo-page.ts';
import { expect, type Panel, test } from './fixtures/index.ts';
import { openReplayDialog, replayResult } from './fixtures/replay-dialog.ts';
import { grantHostAccess, revokeHostAccess } from './host-access.ts';

const CASE = gatewayCase('resource-not-found-signed');
const URL_ = caseUrl(CASE);
const ORIGIN = new URL(URL_).origin;

/** axe-core over the dialog only (the rest of the panel is checked by look-and-feel.spec.ts). */
async function dialogAxeViolations(panel: Panel): Promise<string[]> {
  await panel.axeViolations(); // injects axe-core into the panel document
  return panel.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Element): Promise<{ violations: Array<{ id: string }> }> } }
    ).axe;
    const dialog = document.querySelector('[data-testid="replay-dialog"]');
    return dialog ? (await axe.run(dialog)).violations.map((violation) => violation.id) : ['no dialog'];
  });
}

async function capturedRow(panel: Panel, inspected: { page: Page }, demoUrl: string) {
  const demo = new DemoPage(inspected.page, demoUrl);
  await demo.open();
  await demo.run(CASE.id);
  await expect
    .poll(
      async () => (await panel.rows()).filter((row) => row.url === URL_ && row.state === 'diagnosed').length,
    )
    .toBe(1);
}

test('replay without Authorization changes the diagnosis', async ({
  extension,
  inspected,
  panel,
  fakeGateway,
}) => {
  await grantHostAccess(extension, ORIGIN);
  await capturedRow(panel, inspected, fakeGateway.demoUrl);
  await openReplayDialog(panel, URL_);
  await panel.evaluate(() => {
    document.querySelector<HTMLInputElement>('input[type="radio"][value="without-authorization"]')?.click();
    document.querySelector<HTMLElement>('[data-testid="replay-confirm"]')?.click();
  });
  await expect.poll(() => replayResult(panel)).not.toBeNull();
  const result = await replayResult(panel);
  expect(result).toEqual({ before: CASE.expect, after: 'resource-not-found-unsigned', afterStatus: '403' });
  expect(await dialogAxeViolations(panel)).toEqual([]);
});

test('replay as captured gives the same diagnosis', async ({ extension, inspected, panel, fakeGateway }) => {
  await grantHostAccess(extension, ORIGIN);
  await capturedRow(panel, inspected, fakeGateway.demoUrl);
  await openReplayDialog(panel, URL_);
  await panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="replay-confirm"]')?.click());
  await expect.poll(() => replayResult(panel)).not.toBeNull();
  expect(await replayResult(panel)).toEqual({ before: CASE.expect, after: CASE.expect, afterStatus: '403' });
});

test('without access to the origin, the replay says so', async ({
  extension,
  inspected,
  panel,
  fakeGateway,
}) => {
  await revokeHostAccess(extension, ORIGIN);
  await capturedRow(panel, inspected, fakeGateway.demoUrl);
  await openReplayDialog(panel, URL_);
  await panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="replay-confirm"]')?.click());
  await expect
    .poll(async () => (await replayResult(panel)) ?? {})
    .toMatchObject({ problem: 'permission-refused' });
});
