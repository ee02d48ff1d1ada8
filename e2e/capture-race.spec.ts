/**
 * Issue 17: a request still loading when the panel opens reaches the panel twice, in the getHAR() backfill (which
 * lists requests whose body has not finished, with the duration and sizes of that moment) and live once it
 * finishes. It must be one row. A 403 whose body comes 1.5 s after its headers makes the race certain.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DemoPage } from './fixtures/demo-page.ts';
import { expect, test } from './fixtures/index.ts';

const BODY_DELAY_MS = 1500;

test('a request still loading when the panel opens is listed once', async ({ inspected, fakeGateway }) => {
  const server = http.createServer((_request, response) => {
    response.writeHead(403, {
      'access-control-allow-origin': '*',
      'content-type': 'application/json',
      'x-amzn-requestid': 'c0ffee00-0000-4000-8000-000000000403',
      'x-amzn-errortype': 'AccessDeniedException',
    });
    response.write('{"Message":');
    setTimeout(() => response.end('"User is not authorized to access this resource"}'), BODY_DELAY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prod/slow`;
    const demo = new DemoPage(inspected.page, fakeGateway.demoUrl);
    await demo.open();
    await inspected.page.evaluate((slowUrl) => {
      const page = window as unknown as { slowDone?: Promise<unknown> };
      page.slowDone = fetch(slowUrl).then((answer) => answer.text());
    }, url);
    const panel = await inspected.devtools.showPanel();
    await inspected.page.evaluate(() => (window as unknown as { slowDone: Promise<unknown> }).slowDone);
    await expect.poll(async () => (await panel.rows()).filter((row) => row.url === url).length).toBe(1);
    // Whichever copy came first, the other one follows within moments: give a second row the time to show.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await panel.rows()).filter((row) => row.url === url)).toHaveLength(1);
  } finally {
    server.close();
  }
});
