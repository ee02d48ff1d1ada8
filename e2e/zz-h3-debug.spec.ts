import { caseUrl } from './fake-gateway/cases.mjs';
import { DemoPage, gatewayCase } from './fixtures/demo-page.ts';
import { test } from './fixtures/index.ts';

test('debug cf', async ({ inspected, panel, fakeGateway }) => {
  const demo = new DemoPage(inspected.page);
  await demo.open(fakeGateway.demoUrl);
  await demo.run('origin-cloudfront');
  await new Promise((r) => setTimeout(r, 2000));
  console.log(caseUrl(gatewayCase('origin-cloudfront')));
  console.log(JSON.stringify(await panel.rows()));
  await panel.evaluate(() => document.querySelectorAll<HTMLInputElement>('input[name="scope"]')[1]?.click());
  await new Promise((r) => setTimeout(r, 500));
  console.log(JSON.stringify(await panel.rows()));
});
