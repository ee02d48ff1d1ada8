/**
 * Issue 5: the panel looks native, reads well and is accessible. Needs: cause cards with ranked candidates,
 * every string in _locales, the theme following chrome.devtools.panels.themeName, accessible names (axe-clean).
 * Saves screenshots to e2e/artifacts/; with UPDATE_DOCS_SCREENSHOT=1 the light one also replaces docs/panel.png
 * (the README picture).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CASES, caseUrl, type GatewayCase } from './fake-gateway/cases.mjs';
import { DemoPage, gatewayCase } from './fixtures/demo-page.ts';
import type { DevtoolsTheme } from './fixtures/devtools.ts';
import { PROJECT_ROOT } from './fixtures/extension.ts';
import { expect, type Panel, type PanelRow, test } from './fixtures/index.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'e2e', 'artifacts');
/** A card worth a picture: its wire answer is shared with a look-alike, so the card ranks both. */
const SHOWCASE = gatewayCase('iam-method-non-sigv4-authorization');

/** Waits for the flagged row of this case to be diagnosed and returns it. */
async function diagnosedRow(panel: Panel, gatewayCase: GatewayCase): Promise<PanelRow> {
  const url = caseUrl(gatewayCase);
  const method = gatewayCase.flaggedMethod ?? gatewayCase.request.method;
  const find = async () =>
    (await panel.rows()).find((row) => row.url === url && row.method === method && row.state === 'diagnosed');
  await expect.poll(find, { message: `a diagnosed row for ${method} ${url}` }).toBeTruthy();
  const row = await find();
  if (!row) throw new Error(`the row for ${method} ${url} went away`);
  return row;
}

for (const theme of ['light', 'dark'] as const satisfies DevtoolsTheme[]) {
  test.describe(`${theme} DevTools theme`, () => {
    test.use({ devtoolsTheme: theme });

    test('cause card with ranked candidates, matching theme, axe-clean, screenshot', async ({
      inspected,
      fakeGateway,
    }) => {
      const { devtools } = inspected;
      await devtools.undock(1400, 900);
      try {
        const panel = await devtools.showPanel();
        const demo = new DemoPage(inspected.page, fakeGateway.demoUrl);
        await demo.open();
        await demo.runAll();
        await panel.select((await diagnosedRow(panel, SHOWCASE)).requestId);
        try {
          await expect
            .poll(() => panel.causeCard())
            .toEqual({
              top: SHOWCASE.expect,
              candidates: expect.arrayContaining(['resource-not-found-signed']),
            });
          const luminance = await panel.backgroundLuminance();
          if (theme === 'dark') expect(luminance, 'dark panel background').toBeLessThan(0.2);
          else expect(luminance, 'light panel background').toBeGreaterThan(0.6);
          expect(await panel.axeViolations()).toEqual([]);
        } finally {
          // Saved whatever the outcome: the picture is how a failure here gets understood.
          await mkdir(ARTIFACTS, { recursive: true });
          const shot = join(ARTIFACTS, `panel-${theme}.png`);
          await devtools.screenshot(shot);
          if (theme === 'light' && process.env.UPDATE_DOCS_SCREENSHOT === '1') {
            await mkdir(join(PROJECT_ROOT, 'docs'), { recursive: true });
            await copyFile(shot, join(PROJECT_ROOT, 'docs', 'panel.png'));
          }
        }
      } finally {
        await devtools.redock();
      }
    });
  });
}

test('every cause card is fully translated (no raw message names on screen)', async ({ demo, panel }) => {
  await demo.runAll();
  const untranslated: Record<string, string[]> = {};
  for (const gatewayCase of CASES.filter((c) => c.expect !== null)) {
    const row = await diagnosedRow(panel, gatewayCase);
    await panel.select(row.requestId);
    await expect.poll(async () => (await panel.causeCard()).top).toBe(row.cause);
    untranslated[gatewayCase.id] = await panel.untranslatedKeys();
  }
  expect(Object.fromEntries(Object.entries(untranslated).filter(([, keys]) => keys.length > 0))).toEqual({});
});
