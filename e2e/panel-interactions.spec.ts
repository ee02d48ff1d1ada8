/**
 * Issue 5, in real DevTools: what the panel does beyond listing rows — keyboard navigation and the row menu,
 * the CORS preflight paired with the request it blocked, Keep log across a navigation, and the export dialog's
 * redaction preview. Needs: the panel UI (src/panel/) and the worker.
 */
import { caseUrlOf, gatewayCase } from './fixtures/demo-page.ts';
import { expect, test } from './fixtures/index.ts';

test('arrows select rows, Enter shows the cause card, Shift+F10 opens the row menu and Escape closes it', async ({
  demo,
  panel,
}) => {
  await demo.run('iam-explicit-deny');
  await demo.run('invalid-api-key');
  await expect
    .poll(async () => (await panel.rows()).filter((row) => row.state === 'diagnosed').length)
    .toBe(2);
  const outcome = await panel.evaluate(async () => {
    const nextFrame = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const grid = document.querySelector<HTMLElement>('[role="grid"]');
    if (!grid) return { error: 'no grid' };
    const press = (key: string, shiftKey = false) =>
      (document.activeElement ?? grid).dispatchEvent(
        new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }),
      );
    grid.focus();
    press('ArrowDown');
    press('ArrowDown');
    await nextFrame();
    const selected = document.querySelector<HTMLElement>('[data-testid="request-row"][aria-selected="true"]');
    press('Enter');
    await nextFrame();
    const focusInCard = document.activeElement?.closest('[data-testid="cause-card"]') !== null;
    grid.focus();
    press('F10', true);
    await nextFrame();
    const items = [...document.querySelectorAll('[role="menu"] [role="menuitem"]')].map((item) =>
      item.getAttribute('data-action'),
    );
    const menuHasFocus = document.activeElement?.getAttribute('role') === 'menuitem';
    press('Escape');
    await nextFrame();
    return {
      selectedUrl: selected?.dataset.url,
      focusInCard,
      items,
      menuHasFocus,
      menuClosed: document.querySelector('[role="menu"]') === null,
      focusBackOnGrid: document.activeElement === grid,
    };
  });
  expect(outcome).toEqual({
    selectedUrl: caseUrlOf('invalid-api-key'),
    focusInCard: true,
    items: expect.arrayContaining([
      'rediagnose',
      'copy-curl',
      'copy-markdown',
      'export-har',
      'open-analyzer',
    ]),
    menuHasFocus: true,
    menuClosed: true,
    focusBackOnGrid: true,
  });
});

test('a failed CORS preflight is paired with the request it blocked', async ({ demo, panel }) => {
  await demo.run('cors-preflight-403');
  const url = caseUrlOf('cors-preflight-403');
  await panel.evaluate(() => {
    // The blocked request is not API Gateway's answer by itself: it is listed in the "All 4xx" view too.
    document.querySelectorAll<HTMLButtonElement>('.chips .chip')[1]?.click();
  });
  await expect
    .poll(async () =>
      (await panel.rows())
        .filter((row) => row.url === url)
        .map((row) => `${row.method} ${row.status}`)
        .sort(),
    )
    .toEqual(['OPTIONS 403', `${gatewayCase('cors-preflight-403').request.method} 0`].sort());
  const blocked = (await panel.rows()).find((row) => row.url === url && row.status === '0');
  await panel.select(blocked?.requestId ?? '');
  await expect
    .poll(() =>
      panel.evaluate(() => document.querySelector('[data-testid="preflight-pair"]')?.textContent ?? ''),
    )
    .toContain(url);
  // The blocked request is explained by its preflight, not left as "not an API Gateway rejection".
  await expect
    .poll(async () => (await panel.rows()).find((row) => row.requestId === blocked?.requestId)?.cause)
    .toBe('cors-preflight-403');
  await expect
    .poll(() =>
      panel.evaluate(
        () =>
          document.querySelector('[data-testid="cause-card"][data-cause="cors-preflight-403"]')
            ?.textContent ?? '',
      ),
    )
    .toContain('this request was never sent: its CORS preflight got HTTP 403');
});

test('a navigation clears the list unless Keep log is on', async ({ demo, panel }) => {
  await demo.run('iam-explicit-deny');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await demo.open();
  await expect.poll(async () => (await panel.rows()).length).toBe(0);

  await panel.evaluate(() => {
    const preserve = [...document.querySelectorAll('label')].find(
      (label) => label.textContent === 'Keep log',
    );
    preserve?.querySelector('input')?.click();
  });
  await demo.run('iam-explicit-deny');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await demo.open();
  await demo.run('invalid-api-key');
  await expect.poll(async () => (await panel.rows()).length).toBe(2);
});

test('Export HAR previews what redaction will replace before saving', async ({ demo, panel }) => {
  await demo.run('invalid-security-token');
  await expect
    .poll(async () => (await panel.rows()).filter((row) => row.state === 'diagnosed').length)
    .toBe(1);
  await panel.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Export HAR…',
    );
    button?.click();
  });
  await expect
    .poll(() =>
      panel.evaluate(() => document.querySelector('[data-testid="redaction-preview"]')?.textContent ?? ''),
    )
    .toMatch(/authorization/i);
});
