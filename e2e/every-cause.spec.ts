/**
 * Issue 5: every row of the fake gateway (e2e/fake-gateway/cases.mjs) through the real panel and worker.
 * Needs: capture + pre-filter (rows appear, the 200 and the AWS-service host stay out), the classifier (top cause
 * per row, session context across rows), the worker's per-tab state in storage.session and the panel's port
 * reconnect (the worker is stopped mid-run and again at the end).
 */
import { CAUSE_IDS } from '../src/core/causes/index.ts';
import { CASES, caseUrl, NOT_REPRODUCIBLE } from './fake-gateway/cases.mjs';
import { expect, type PanelRow, test } from './fixtures/cross-browser.ts';
import { gatewayCase } from './fixtures/demo-page.ts';

/** For each case: the top cause of its row, null when it has no row, or what went wrong. */
function topCausePerCase(rows: PanelRow[]): Record<string, string | null> {
  return Object.fromEntries(
    CASES.map((c) => {
      const method = c.flaggedMethod ?? c.request.method;
      const mine = rows.filter(
        (row) => row.url === caseUrl(c) && (c.expect === null || row.method === method),
      );
      if (mine.length === 0) return [c.id, null];
      if (mine.length > 1) return [c.id, `${mine.length} rows`];
      const [row] = mine as [PanelRow];
      return [c.id, row.state === 'diagnosed' ? row.cause : `state ${row.state}`];
    }),
  );
}

const expectedTopCauses = Object.fromEntries(CASES.map((c) => [c.id, c.expect]));

function duplicates(rows: PanelRow[]): string[] {
  const seen = new Map<string, number>();
  for (const row of rows) {
    for (const key of [`id ${row.requestId}`, `${row.method} ${row.url}`])
      seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`);
}

test('every catalogue id has a fake-gateway row or a stated reason why a capture cannot single it out', () => {
  const covered = new Set<string>([...CASES.map((c) => c.expect ?? ''), ...Object.keys(NOT_REPRODUCIBLE)]);
  expect(CAUSE_IDS.filter((id) => !covered.has(id))).toEqual([]);
});

test('no session context is lost when the worker is stopped right after each answer', async ({
  demo,
  panel,
  extension,
}) => {
  // Each row waits for its answer, then the worker is stopped: everything learnt so far (successes included) must
  // come back from storage, or a later row that relies on it (invalid-stage on the prod success) reads otherwise.
  for (const gatewayCase of CASES) {
    await demo.send(gatewayCase.id);
    if (gatewayCase.expect === null) continue;
    await expect
      .poll(async () => topCausePerCase(await panel.rows())[gatewayCase.id], { timeout: 30_000 })
      .toBe(gatewayCase.expect);
    await extension.stopServiceWorker();
  }
  expect(duplicates(await panel.rows())).toEqual([]);
});

test('every row shows its top cause, across a worker stopped mid-session, with no duplicates', async ({
  demo,
  panel,
  extension,
}) => {
  // In table order (later rows rely on the session context earlier rows built). The worker is stopped right
  // after the page got the middle answer, while the panel is most likely still asking the worker about it.
  const middle = Math.floor(CASES.length / 2);
  for (const [index, gatewayCase] of CASES.entries()) {
    await demo.send(gatewayCase.id);
    if (index === middle) await extension.stopServiceWorker();
  }

  await expect
    .poll(async () => topCausePerCase(await panel.rows()), { timeout: 30_000 })
    .toEqual(expectedTopCauses);
  const rowsBefore = await panel.rows();
  expect(duplicates(rowsBefore)).toEqual([]);

  // Stop it again once everything is stored: a fresh worker must still know this tab's session context.
  const worker = await extension.serviceWorker();
  await worker.evaluate(() => {
    (globalThis as { e2eMarker?: string }).e2eMarker = 'the worker before the stop';
  });
  await extension.stopServiceWorker();
  const contextual = gatewayCase('missing-authentication-token');
  await demo.send(contextual.id);
  const url = caseUrl(contextual);
  await expect
    .poll(
      async () => (await panel.rows()).filter((row) => row.url === url && row.state === 'diagnosed').length,
    )
    .toBe(2);
  const rowsAfter = await panel.rows();
  expect(rowsAfter.filter((row) => row.url === url).map((row) => row.cause)).toEqual([
    contextual.expect,
    contextual.expect,
  ]);
  const byId = (a: PanelRow, b: PanelRow) => a.requestId.localeCompare(b.requestId);
  expect(rowsAfter.filter((row) => row.url !== url).sort(byId)).toEqual(
    rowsBefore.filter((row) => row.url !== url).sort(byId),
  );
  const restarted = await extension.serviceWorker();
  expect(await restarted.evaluate(() => (globalThis as { e2eMarker?: string }).e2eMarker)).toBeUndefined();
});
