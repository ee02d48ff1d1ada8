import { caseUrl } from './fake-gateway/cases.mjs';
import { DemoPage, gatewayCase } from './fixtures/demo-page.ts';
import { expect, test } from './fixtures/index.ts';

for (const [run, count] of [500, 500, 500].entries()) {
  test(`measure ${count} run ${run}`, async ({ inspected, panel, fakeGateway }) => {
    test.setTimeout(300_000);
    const demo = new DemoPage(inspected.page);
    await demo.open(fakeGateway.demoUrl);
    const url = caseUrl(gatewayCase('invalid-api-key'));
    const started = Date.now();
    await inspected.page.evaluate(
      async ({ url, count }) => {
        for (let i = 0; i < count; i += 50) {
          await Promise.all(
            Array.from({ length: 50 }, (_, j) => fetch(`${url}?i=${i + j}`).catch(() => undefined)),
          );
        }
      },
      { url, count },
    );
    const sent = Date.now();
    await expect
      .poll(
        () =>
          panel.evaluate(() => document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') ?? '0'),
        { timeout: 240_000, intervals: [250] },
      )
      .toBe(String(count + 1));
    const listed = Date.now();
    await expect
      .poll(
        () =>
          panel.evaluate(async () => {
            // Count pending rows over the whole virtualized list via React-independent means: scroll through.
            const scroller = document.querySelector<HTMLElement>('.request-list');
            if (!scroller) return -1;
            let pending = 0;
            const seen = new Set<string>();
            for (let top = 0; top <= scroller.scrollHeight; top += scroller.clientHeight / 2) {
              scroller.scrollTop = top;
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              for (const row of document.querySelectorAll<HTMLElement>('[data-testid="request-row"]')) {
                if (seen.has(row.dataset.requestId ?? '')) continue;
                seen.add(row.dataset.requestId ?? '');
                if (row.dataset.state !== 'diagnosed') pending++;
              }
            }
            return seen.size === 0 ? -1 : pending;
          }),
        { timeout: 240_000, intervals: [1000] },
      )
      .toBe(0);
    const diagnosed = Date.now();
    const frame = await panel.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('.request-list');
      const times: number[] = [];
      let last = performance.now();
      for (let k = 0; k < 60 && scroller; k++) {
        scroller.scrollTop += 400;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      times.sort((a, b) => a - b);
      return {
        median: times[30],
        worst: times[59],
        domRows: document.querySelectorAll('[data-testid="request-row"]').length,
      };
    });
    console.log(
      JSON.stringify({
        count,
        sendMs: sent - started,
        listedMs: listed - started,
        diagnosedMs: diagnosed - started,
        frame,
      }),
    );
  });
}
