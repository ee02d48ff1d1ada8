/**
 * Firefox only: the panel in the real Firefox toolbox follows a live theme switch (`devtools.panels.onThemeChanged`;
 * Chromium's panel reads the theme when its window opens, see look-and-feel.spec.ts), stays axe-clean there, and
 * is photographed in both themes: e2e/artifacts/firefox-panel-{light,dark}.png; with UPDATE_DOCS_SCREENSHOT=1 the
 * light one also replaces docs/panel-firefox.png (the README picture).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { caseUrl } from '../fake-gateway/cases.mjs';
import { expect, test } from '../fixtures/cross-browser.ts';
import { gatewayCase } from '../fixtures/demo-page.ts';
import { ARTIFACTS } from '../fixtures/index.ts';
import { FirefoxDemoPage } from './demo-page.ts';
import { FirefoxExtension } from './firefox-extension.ts';

/** A card worth a picture: its wire answer is shared with a look-alike, so the card ranks both. */
const SHOWCASE = gatewayCase('iam-method-non-sigv4-authorization');

test('the panel follows a live theme switch, is axe-clean in both themes, and is photographed', async ({
  extension,
  fakeGateway,
}) => {
  if (!(extension instanceof FirefoxExtension)) throw new Error('this spec drives the Firefox toolbox');
  const tab = await extension.openInspectedTab();
  try {
    const panel = await tab.devtools.showPanel();
    const demo = new FirefoxDemoPage(tab.page, fakeGateway.demoUrl);
    await demo.open();
    await demo.run(SHOWCASE.id);
    const url = caseUrl(SHOWCASE);
    const row = async () => (await panel.rows()).find((r) => r.url === url && r.state === 'diagnosed');
    await expect.poll(row).toBeTruthy();
    await panel.select((await row())?.requestId ?? '');
    // Alone (no session context from earlier rows) the card ranks the signed look-alike and this cause.
    await expect
      .poll(async () => {
        const card = await panel.causeCard();
        return [card.top, ...card.candidates].sort();
      })
      .toEqual(['iam-method-non-sigv4-authorization', 'resource-not-found-signed']);
    await mkdir(ARTIFACTS, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      await extension.setDevtoolsTheme(theme);
      const luminance = () => panel.backgroundLuminance();
      if (theme === 'dark') await expect.poll(luminance, 'dark panel background').toBeLessThan(0.2);
      else await expect.poll(luminance, 'light panel background').toBeGreaterThan(0.6);
      const shot = join(ARTIFACTS, `firefox-panel-${theme}.png`);
      await tab.devtools.screenshot(shot);
      if (theme === 'light' && process.env.UPDATE_DOCS_SCREENSHOT === '1') {
        await copyFile(shot, join(ARTIFACTS, '..', '..', 'docs', 'panel-firefox.png'));
      }
      expect(await panel.axeViolations()).toEqual([]);
    }
  } finally {
    await extension.setDevtoolsTheme('light');
    await tab.close();
  }
});
