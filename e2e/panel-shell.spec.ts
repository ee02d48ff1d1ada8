/**
 * Issue 3: the extension shell in real DevTools. Needs: dist/ built, the devtools page creating the panel, the
 * panel listing candidate requests and the worker answering with a diagnosis.
 */
import { expect, test } from './fixtures/cross-browser.ts';
import { caseUrlOf } from './fixtures/demo-page.ts';

test('the DevTools tab is titled exactly "API Gateway 403"', async ({ inspected }) => {
  expect(await inspected.devtools.tabTitle()).toBe('API Gateway 403');
});

test('a 403 from the gateway is listed with the worker diagnosis', async ({ demo, panel }) => {
  await demo.run('lambda-authorizer-explicit-deny');
  const url = caseUrlOf('lambda-authorizer-explicit-deny');
  await expect
    .poll(async () => (await panel.rows()).filter((row) => row.url === url && row.state === 'diagnosed'))
    .toEqual([
      expect.objectContaining({ status: '403', method: 'GET', cause: 'lambda-authorizer-explicit-deny' }),
    ]);
});

test('a 200 from the gateway is not listed', async ({ demo, panel }) => {
  await demo.run('rest-200');
  // The 403 sent after the 200 is a barrier: once its row is there, the 200 has been through the panel too.
  await demo.run('iam-anonymous-not-allowed');
  const barrierUrl = caseUrlOf('iam-anonymous-not-allowed');
  await expect.poll(async () => (await panel.rows()).some((row) => row.url === barrierUrl)).toBe(true);
  const okUrl = caseUrlOf('rest-200');
  expect((await panel.rows()).filter((row) => row.url === okUrl)).toEqual([]);
});

test('requests made before the panel was shown are listed (getHAR backfill)', async ({ inspected }) => {
  const demo = inspected.demoPage();
  await demo.open();
  await demo.run('iam-explicit-deny');
  await demo.run('invalid-api-key');
  const panel = await inspected.devtools.showPanel();
  const expected = ['iam-explicit-deny', 'invalid-api-key'].map((id) => caseUrlOf(id));
  await expect
    .poll(async () =>
      (await panel.rows())
        .filter((row) => row.state === 'diagnosed')
        .map((row) => row.url)
        .sort(),
    )
    .toEqual(expected.sort());
  // The page's own document request was captured too, so DevTools was not "opened too late".
  expect(await panel.evaluate(() => document.querySelector('[data-testid="backfill-notice"]') === null)).toBe(
    true,
  );
});
