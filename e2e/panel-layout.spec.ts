/**
 * Issue 15, in real DevTools docked right (the panel is then about 550 px wide, as `npm start` opens it): the
 * layout reflows instead of scrolling sideways — as in the Network panel, an open request leaves the list one Name
 * column beside the details, and Esc brings the full list back — and the panel works from the keyboard like a
 * DevTools panel —
 * real key presses go through the DevTools window, so a key the panel lets bubble would reach DevTools (Esc
 * would open its Console drawer, which each test checks did not happen). Also: filter on the text shown, sort,
 * resize, splitter, paging, Reveal in Network panel, visible copy feedback.
 * Needs: the panel UI (src/panel/), the worker, the fake gateway's cases.
 */
import { CASES } from './fake-gateway/cases.mjs';
import { caseUrlOf } from './fixtures/demo-page.ts';
import type { Devtools } from './fixtures/devtools.ts';
import { expect, type Panel, test } from './fixtures/index.ts';

/**
 * Waits for at least `count` rows, all diagnosed, and for the list to stay the same for `quietMs`. A request
 * its CORS preflight blocked becomes a row only after the panel gave up waiting for a late response (8 × 500 ms,
 * capture/late-response.ts): a test that compares whole lists waits longer than that.
 */
async function diagnosedRows(panel: Panel, count: number, quietMs = 500): Promise<void> {
  let previous = -1;
  await expect
    .poll(
      async () => {
        const rows = await panel.rows();
        const settled =
          rows.length >= count && rows.every((row) => row.state === 'diagnosed') && rows.length === previous;
        previous = rows.length;
        return settled;
      },
      { timeout: 30_000, intervals: [quietMs] },
    )
    .toBe(true);
}

/** Focuses the panel's frame in the DevTools window, then the element the selector finds inside the panel. */
async function focusIn(devtools: Devtools, panel: Panel, selector: string): Promise<void> {
  await devtools.focusPanelFrame();
  const found = await panel.evaluate((css) => {
    const element = document.querySelector<HTMLElement>(css);
    element?.focus();
    return element !== null && document.activeElement === element;
  }, selector);
  if (!found) throw new Error(`nothing focusable matches ${selector} in the panel`);
}

const activeElement = (panel: Panel) =>
  panel.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName ?? '',
      role: active?.getAttribute('role') ?? '',
      action: active?.dataset.action ?? '',
      label: active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '',
      inDialog: active?.closest('[role="dialog"]') !== null,
    };
  });

/**
 * Statuses of every row, top to bottom. The list is virtualized: scroll through it and place each row by its
 * aria-rowindex (a row React renders a frame late is then still put where it belongs).
 */
const visibleStatuses = (panel: Panel) =>
  panel.evaluate(async () => {
    const nextFrame = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const list = document.querySelector<HTMLElement>('.request-list');
    const total = Number(document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') ?? 1) - 1;
    const byIndex = new Map<number, number>();
    for (let pass = 1; list && pass <= 8 && byIndex.size < total; pass++) {
      for (let top = 0; top <= list.scrollHeight; top += list.clientHeight / 2) {
        list.scrollTop = top;
        for (let frame = 0; frame < pass; frame++) await nextFrame();
        for (const row of document.querySelectorAll<HTMLElement>('[data-testid="request-row"]')) {
          byIndex.set(Number(row.getAttribute('aria-rowindex')), Number(row.dataset.status));
        }
      }
    }
    if (list) list.scrollTop = 0;
    return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, status]) => status);
  });

/** What a user sees of the panel's layout: overflow, what is cut at the window's edge, the list's columns. */
const layoutFacts = (panel: Panel) =>
  panel.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-testid="apigw403-panel"]');
    const width = document.documentElement.clientWidth;
    const box = (css: string) => {
      const found = document.querySelector(css)?.getBoundingClientRect();
      return found ? { left: Math.round(found.left), right: Math.round(found.right) } : null;
    };
    // Every piece of text of the card, the rows and the toolbar ends inside the window (code blocks scroll inside
    // themselves, a long path is cut with an ellipsis inside its cell).
    const cut = [
      ...document.querySelectorAll<HTMLElement>(
        '.toolbar > *, .cause-card h2, .cause-card p, .cause-card li, .details-tab-row, .status-bar, [data-testid="request-row"] td',
      ),
    ]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.className || element.tagName}: ${element.textContent?.slice(0, 40)}`);
    const truncatedHeaders = [...document.querySelectorAll<HTMLElement>('.column-label')]
      .filter((label) => label.scrollWidth > label.clientWidth)
      .map((label) => label.textContent);
    return {
      layout: root?.dataset.layout,
      documentOverflow: document.documentElement.scrollWidth - width,
      panelOverflow: (root?.scrollWidth ?? 0) - (root?.clientWidth ?? 0),
      listOverflow: (() => {
        const list = document.querySelector<HTMLElement>('.request-list');
        return (list?.scrollWidth ?? 0) - (list?.clientWidth ?? 0);
      })(),
      toolbarHeight: document.querySelector<HTMLElement>('.toolbar')?.offsetHeight ?? 0,
      cut,
      truncatedHeaders,
      headers: [...document.querySelectorAll('.request-row.header .column-label')].map(
        (label) => label.textContent,
      ),
      rowCells: [
        ...(document.querySelector('[data-testid="request-row"]')?.querySelectorAll('td') ?? []),
      ].map((cell) => cell.className),
      list: box('.list-column'),
      details: box('.details-pane'),
      commandsWrap: [...document.querySelectorAll('.command-block pre')].map(
        (pre) => getComputedStyle(pre).whiteSpace,
      ),
    };
  });

test('docked right (~550 px): an open request leaves one Name column beside the details; Esc brings the full list back', async ({
  demo,
  panel,
  inspected,
}) => {
  const { devtools } = inspected;
  await demo.runAll();
  await diagnosedRows(panel, 20);
  const box = await devtools.focusPanelFrame();
  expect(box.width).toBeLessThan(700);

  // Nothing open: the whole grid, every header readable, nothing wider than the panel.
  const full = await layoutFacts(panel);
  expect(full).toMatchObject({
    layout: 'narrow',
    documentOverflow: 0,
    panelOverflow: 0,
    listOverflow: 0,
    cut: [],
    truncatedHeaders: [],
    details: null,
  });
  expect(full.headers).toHaveLength(6);
  expect(full.toolbarHeight, 'the toolbar fits on one row').toBeLessThanOrEqual(30);

  // Enter on a row: the list keeps its Name column (status, method, path), the details take the rest beside it.
  const rows = await panel.rows();
  const showcase = rows.find((row) => row.cause === 'iam-method-non-sigv4-authorization') ?? rows[0];
  await panel.select(showcase?.requestId ?? '');
  await expect.poll(async () => (await panel.causeCard()).top).toBe(showcase?.cause);
  await focusIn(devtools, panel, '[role="grid"]');
  await devtools.press('Enter');
  await expect.poll(() => activeElement(panel)).toMatchObject({ tag: 'H2' });
  const open = await layoutFacts(panel);
  expect(open).toMatchObject({
    layout: 'narrow',
    documentOverflow: 0,
    panelOverflow: 0,
    listOverflow: 0,
    cut: [],
    truncatedHeaders: [],
    headers: ['Name'],
    rowCells: ['cell name'],
    commandsWrap: expect.arrayContaining(['pre']),
  });
  expect(open.toolbarHeight).toBeLessThanOrEqual(30);
  expect(open.list && open.details, 'list and details both on screen').toBeTruthy();
  expect(open.list?.right ?? 0, 'the list is beside the details, to their left').toBeLessThanOrEqual(
    (open.details?.left ?? 0) + 0.5,
  );
  expect(open.details?.right ?? 0).toBeLessThanOrEqual(box.width + 0.5);
  expect(
    (open.details?.right ?? 0) - (open.details?.left ?? 0),
    'the details take most of the width',
  ).toBeGreaterThan(((open.list?.right ?? 0) - (open.list?.left ?? 0)) * 1.5);
  const selectedRow = await panel.evaluate(() => {
    const row = document.querySelector<HTMLElement>('[data-testid="request-row"][aria-selected="true"]');
    return { text: row?.textContent ?? '', color: row ? getComputedStyle(row).color : '' };
  });
  expect(selectedRow.text).toMatch(new RegExp(`^${showcase?.status} ${showcase?.method} /`));
  const okColor = await panel.evaluate(() => getComputedStyle(document.body).color);
  expect(selectedRow.color, 'a 4xx row reads in the error colour, as in Network').not.toBe(okColor);
  expect(await panel.axeViolations()).toEqual([]);

  // Esc inside the details: the full list again, focus on it, and DevTools did not get the key.
  await devtools.press('Escape');
  await expect.poll(async () => (await layoutFacts(panel)).headers).toHaveLength(6);
  expect(await activeElement(panel)).toMatchObject({ role: 'grid' });
  expect(await devtools.drawerVisible(), 'Esc in the details must not reach DevTools').toBe(false);
  expect(await layoutFacts(panel)).toMatchObject({ details: null, documentOverflow: 0, panelOverflow: 0 });

  // From the keyboard again: ArrowDown opens the next request beside a Name column; Esc on the list closes it.
  await devtools.press('ArrowDown');
  await expect.poll(async () => (await layoutFacts(panel)).headers).toEqual(['Name']);
  await devtools.press('Escape');
  await expect.poll(async () => (await layoutFacts(panel)).headers).toHaveLength(6);
  expect(await devtools.drawerVisible(), 'Esc on the compact list must not reach DevTools').toBe(false);
});

test('row menu from the keyboard: arrows, Home/End, type-ahead, secrets item last; Esc closes it and stays in the panel', async ({
  demo,
  panel,
  inspected,
}) => {
  const { devtools } = inspected;
  await demo.run('iam-explicit-deny');
  await demo.run('invalid-api-key');
  await diagnosedRows(panel, 2);
  await focusIn(devtools, panel, '[role="grid"]');
  await devtools.press('ArrowDown');
  await devtools.press('F10', { shift: true });
  await expect.poll(() => activeElement(panel)).toMatchObject({ role: 'menuitem' });
  const menu = await panel.evaluate(() => {
    const element = document.querySelector('[role="menu"]');
    return {
      orientation: element?.getAttribute('aria-orientation'),
      separators: element?.querySelectorAll('hr').length ?? 0,
      last: [...(element?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].at(-1)?.className,
    };
  });
  expect(menu).toEqual({ orientation: 'vertical', separators: 3, last: 'menu-item sensitive' });
  const first = (await activeElement(panel)).action;
  await devtools.press('ArrowDown');
  expect((await activeElement(panel)).action).not.toBe(first);
  await devtools.press('End');
  expect((await activeElement(panel)).action).toBe('copy-curl-with-secrets');
  await devtools.press('Home');
  expect((await activeElement(panel)).action).toBe(first);
  await devtools.press('c');
  expect((await activeElement(panel)).label).toMatch(/^Copy/);
  await devtools.press('Escape');
  await expect.poll(() => panel.evaluate(() => document.querySelector('[role="menu"]') === null)).toBe(true);
  expect(await activeElement(panel)).toMatchObject({ role: 'grid' });
  expect(await devtools.drawerVisible(), 'Esc in the menu must not reach DevTools').toBe(false);

  // The control: the full grid (details closed with ×) does not use Esc, so DevTools gets it and opens its
  // drawer. The checks above can fail.
  await panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="close-details"]')?.click());
  await devtools.press('Escape');
  await expect.poll(() => devtools.drawerVisible()).toBe(true);
  await devtools.closeDrawer();
});

test('Export dialog: Tab stays inside, Esc closes it without reaching DevTools, focus returns to the button', async ({
  demo,
  panel,
  inspected,
}) => {
  const { devtools } = inspected;
  await demo.run('invalid-security-token');
  await diagnosedRows(panel, 1);
  await focusIn(devtools, panel, 'button[aria-label="Export HAR…"]');
  await devtools.press('Enter');
  await expect.poll(() => activeElement(panel)).toMatchObject({ inDialog: true });
  const controls = await panel.evaluate(
    () =>
      document
        .querySelector('[role="dialog"]')
        ?.querySelectorAll('button:not(:disabled), input:not(:disabled)').length ?? 0,
  );
  for (let press = 0; press <= controls + 1; press++) {
    await devtools.press('Tab');
    expect((await activeElement(panel)).inDialog, `Tab ${press + 1} stays in the dialog`).toBe(true);
  }
  for (let press = 0; press <= controls + 1; press++) {
    await devtools.press('Tab', { shift: true });
    expect((await activeElement(panel)).inDialog, `Shift+Tab ${press + 1} stays in the dialog`).toBe(true);
  }
  await devtools.press('Escape');
  await expect
    .poll(() => panel.evaluate(() => document.querySelector('[role="dialog"]') === null))
    .toBe(true);
  expect(await activeElement(panel)).toMatchObject({ label: 'Export HAR…' });
  expect(await devtools.drawerVisible(), 'Esc in the dialog must not reach DevTools').toBe(false);
});

test('the filter finds rows by the text they show and by status:/cause:/-negation tokens; the status bar counts', async ({
  demo,
  panel,
  inspected,
}) => {
  await demo.runAll();
  await diagnosedRows(panel, 20);
  const all = (await panel.rows()).length;
  const filter = async (text: string) => {
    await focusIn(inspected.devtools, panel, 'input[type="search"]');
    await panel.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      input?.select();
    });
    await inspected.devtools.session.send('Input.insertText', { text });
  };
  const shownCauses = () =>
    panel.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="request-row"] .cell.cause')].map(
        (cell) => cell.textContent ?? '',
      ),
    );

  await filter('unsigned');
  await expect.poll(async () => (await panel.rows()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await panel.rows()).length).toBeLessThan(all);
  for (const text of await shownCauses()) expect(text.toLowerCase()).toContain('unsigned');
  // "N flagged · M requests · K hidden by filter": M − K rows are on screen.
  const counts = async () => {
    const text = await panel.evaluate(
      () => document.querySelector('[data-testid="status-bar"] .status-counts')?.textContent ?? '',
    );
    const [, requests, hidden] = /· (\d+) requests · (\d+) hidden by filter$/.exec(text) ?? [];
    return Number(requests) - Number(hidden);
  };
  await expect.poll(counts).toBe((await panel.rows()).length);

  await filter('status:401');
  const unauthorized = CASES.filter((c) => c.response.status === 401 && c.expect !== null).length;
  await expect
    .poll(async () => (await panel.rows()).map((row) => row.status))
    .toEqual(Array(unauthorized).fill('401'));

  await filter('-status:403 -status:401');
  await expect
    .poll(async () => (await panel.rows()).filter((row) => /^40[13]$/.test(row.status)))
    .toEqual([]);
});

test('headers sort the list; column edges and the splitter resize with mouse and keyboard, and are remembered', async ({
  demo,
  panel,
  inspected,
}) => {
  const { devtools } = inspected;
  await demo.runAll();
  await diagnosedRows(panel, 20, 4500);
  const arrival = await visibleStatuses(panel);
  const clickHeader = (column: string) =>
    panel.evaluate((name) => {
      document.querySelector<HTMLElement>(`.sort-button[data-column="${name}"]`)?.click();
    }, column);
  await clickHeader('status');
  await expect.poll(() => visibleStatuses(panel)).toEqual([...arrival].sort((a, b) => a - b));
  expect(
    await panel.evaluate(() => document.querySelector('th[aria-sort="ascending"] .sort-button')?.textContent),
  ).toMatch(/^Status/);
  await clickHeader('status');
  await expect.poll(() => visibleStatuses(panel)).toEqual([...arrival].sort((a, b) => b - a));
  await clickHeader('status');
  await expect.poll(() => visibleStatuses(panel)).toEqual(arrival);

  // A real drag of the Method column's right edge, 60 px to the right.
  const edge = await panel.evaluate(() => {
    const box = document.querySelector('.column-resizer[data-column="method"]')?.getBoundingClientRect();
    const header = document.querySelector('th.method')?.getBoundingClientRect();
    return {
      x: (box?.x ?? 0) + (box?.width ?? 0) / 2,
      y: (box?.y ?? 0) + (box?.height ?? 0) / 2,
      width: header?.width ?? 0,
    };
  });
  await panel.mouse('mousePressed', edge.x, edge.y);
  await panel.mouse('mouseMoved', edge.x + 30, edge.y);
  await panel.mouse('mouseMoved', edge.x + 60, edge.y);
  await panel.mouse('mouseReleased', edge.x + 60, edge.y);
  const methodWidth = () =>
    panel.evaluate(() => document.querySelector('th.method')?.getBoundingClientRect().width ?? 0);
  await expect.poll(methodWidth).toBeGreaterThan(edge.width + 55);
  const dragged = await methodWidth();
  await focusIn(devtools, panel, '.column-resizer[data-column="method"]');
  await devtools.press('ArrowRight');
  await expect.poll(methodWidth).toBeCloseTo(dragged + 10, 0);
  await expect
    .poll(() =>
      panel.evaluate(async () => {
        const saved = await chrome.storage.local.get('panelSettings');
        return (saved.panelSettings as { columnWidths?: { method?: number } } | undefined)?.columnWidths
          ?.method;
      }),
    )
    .toBeCloseTo(dragged + 10, 0);

  // The splitter between the list and the details beside it: arrows left/right move it, and it is remembered.
  await panel.select((await panel.rows())[0]?.requestId ?? '');
  const listWidth = () =>
    panel.evaluate(
      () => document.querySelector<HTMLElement>('.list-column')?.getBoundingClientRect().width ?? 0,
    );
  const before = await listWidth();
  await focusIn(devtools, panel, '[data-testid="splitter"]');
  await devtools.press('ArrowRight');
  await devtools.press('ArrowRight');
  await expect.poll(listWidth).toBeGreaterThan(before + 20);
  expect(await devtools.drawerVisible()).toBe(false);
  await expect
    .poll(() =>
      panel.evaluate(async () => {
        const saved = await chrome.storage.local.get('panelSettings');
        return (saved.panelSettings as { listShare?: { narrow?: number } } | undefined)?.listShare?.narrow;
      }),
    )
    .toBeGreaterThan(0.35);
});

test('End, Home, PageDown move the selection and keep it in view; × closes the details', async ({
  demo,
  panel,
  inspected,
}) => {
  const { devtools } = inspected;
  await demo.runAll();
  await diagnosedRows(panel, 20);
  const total = (await panel.rows()).length;
  await focusIn(devtools, panel, '[role="grid"]');
  const selectedInView = () =>
    panel.evaluate(() => {
      const row = document.querySelector<HTMLElement>('[data-testid="request-row"][aria-selected="true"]');
      const list = document.querySelector<HTMLElement>('.request-list')?.getBoundingClientRect();
      const box = row?.getBoundingClientRect();
      return {
        index: Number(row?.getAttribute('aria-rowindex') ?? 0) - 2,
        inView: !!box && !!list && box.top >= list.top && box.bottom <= list.bottom + 0.5,
      };
    });
  await devtools.press('End');
  await expect.poll(selectedInView).toEqual({ index: total - 1, inView: true });
  await devtools.press('Home');
  await expect.poll(selectedInView).toEqual({ index: 0, inView: true });
  await devtools.press('PageDown');
  await expect.poll(async () => (await selectedInView()).index).toBeGreaterThan(1);
  expect((await selectedInView()).inView).toBe(true);

  await panel.evaluate(() => document.querySelector<HTMLElement>('[data-testid="close-details"]')?.click());
  await expect.poll(() => panel.evaluate(() => document.querySelector('.details-pane') === null)).toBe(true);
  expect(await activeElement(panel)).toMatchObject({ role: 'grid' });
});

test('Reveal in Network panel opens DevTools Network panel; copying shows a visible confirmation', async ({
  demo,
  panel,
  inspected,
}) => {
  const { devtools } = inspected;
  await demo.run('invalid-api-key');
  await diagnosedRows(panel, 1);
  const row = (await panel.rows()).find((found) => found.url === caseUrlOf('invalid-api-key'));
  await panel.select(row?.requestId ?? '');
  await focusIn(devtools, panel, '[role="grid"]');
  await devtools.press('F10', { shift: true });
  await expect.poll(() => activeElement(panel)).toMatchObject({ role: 'menuitem' });
  await panel.evaluate(() => document.querySelector<HTMLElement>('[data-action="copy-url"]')?.click());
  // The clipboard answers asynchronously: the confirmation appears once it has.
  const feedback = () =>
    panel.evaluate(() => {
      const element = document.querySelector<HTMLElement>('[data-testid="action-feedback"]');
      return { text: element?.textContent ?? '', shown: (element?.offsetWidth ?? 0) > 0 };
    });
  await expect.poll(async () => (await feedback()).shown).toBe(true);
  expect((await feedback()).text).toMatch(/^(Copied|Copy failed.*)$/);

  await focusIn(devtools, panel, '[role="grid"]');
  await devtools.press('F10', { shift: true });
  await expect.poll(() => activeElement(panel)).toMatchObject({ role: 'menuitem' });
  await panel.evaluate(() =>
    document.querySelector<HTMLElement>('[data-action="reveal-in-network"]')?.click(),
  );
  await expect.poll(() => devtools.currentPanel()).toBe('network');
});

test('the details tabs and URL stay put while the card scrolls; the next request opens at the top of its card', async ({
  demo,
  panel,
  inspected,
}) => {
  const { devtools } = inspected;
  await demo.runAll();
  await diagnosedRows(panel, 20);
  const rows = await panel.rows();
  const showcase = rows.find((row) => row.cause === 'iam-method-non-sigv4-authorization') ?? rows[0];
  await panel.select(showcase?.requestId ?? '');
  await expect.poll(async () => (await panel.causeCard()).top).toBe(showcase?.cause);
  const header = () =>
    panel.evaluate(() => {
      const top = (css: string) => Math.round(document.querySelector(css)?.getBoundingClientRect().top ?? -1);
      const scroller = document.querySelector<HTMLElement>('.tab-panel');
      return {
        tabs: top('.details-tab-row'),
        url: top('.details-url'),
        scrolled: scroller?.scrollTop ?? -1,
        scrollable: (scroller?.scrollHeight ?? 0) > (scroller?.clientHeight ?? 0),
      };
    });
  const before = await header();
  expect(before.scrollable, 'the card is longer than the pane').toBe(true);
  await panel.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('.tab-panel');
    if (scroller) scroller.scrollTop = 400;
  });
  await expect.poll(async () => (await header()).scrolled).toBeGreaterThan(100);
  expect(await header()).toMatchObject({ tabs: before.tabs, url: before.url });

  await focusIn(devtools, panel, '[role="grid"]');
  await devtools.press('ArrowDown');
  await expect.poll(async () => (await header()).scrolled).toBe(0);
});
