import { DemoPage } from './fixtures/demo-page.ts';
import { test } from './fixtures/index.ts';

test('debug backfill body', async ({ inspected, fakeGateway }) => {
  const demo = new DemoPage(inspected.page);
  await demo.open(fakeGateway.demoUrl);
  await demo.run('iam-explicit-deny');
  const panel = await inspected.devtools.showPanel();
  await new Promise((r) => setTimeout(r, 2000));
  const rows = await panel.rows();
  console.log(JSON.stringify(rows));
  await panel.select(rows[0]?.requestId ?? '');
  await panel.evaluate(() => [...document.querySelectorAll<HTMLElement>('[role="tab"]')][2]?.click());
  await new Promise((r) => setTimeout(r, 300));
  console.log(await panel.evaluate(() => document.querySelector('.tab-panel')?.textContent));
});
