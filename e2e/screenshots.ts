/**
 * Issue 15's proof pictures (one spec file per browser language: the language is a browser launch option, so
 * `screenshots-en.spec.ts` and `screenshots-es.spec.ts` each set it at their top level and call this): the panel at three sizes (the width it gets docked right, docked bottom, undocked) ×
 * light and dark DevTools themes × English and Spanish, a cause card on screen. At every size the panel must not
 * scroll sideways. Pictures go to e2e/artifacts/screenshots/; with UPDATE_SCREENSHOTS=1 they also replace
 * docs/screenshots/ (the README table), reduced to a small palette so the repository stays light.
 * Needs: the built extension, the fake gateway's cases; ImageMagick's `convert` (or $CONVERT) for
 * UPDATE_SCREENSHOTS only.
 */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DemoPage } from './fixtures/demo-page.ts';
import type { DevtoolsTheme } from './fixtures/devtools.ts';
import { PROJECT_ROOT } from './fixtures/extension.ts';
import { expect, test } from './fixtures/index.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'e2e', 'artifacts', 'screenshots');
const DOCS = join(PROJECT_ROOT, 'docs', 'screenshots');
/** A card whose wire answer is shared with a look-alike, so the card ranks both: the richest card to show. */
const SHOWCASE = 'iam-method-non-sigv4-authorization';

const SIZES = [
  { name: 'right-550x800', width: 550, height: 800 },
  { name: 'bottom-1280x350', width: 1280, height: 350 },
  { name: 'undocked-1400x900', width: 1400, height: 900 },
] as const;

export function screenshotTests(language: 'en' | 'es'): void {
  for (const theme of ['light', 'dark'] as const satisfies DevtoolsTheme[]) {
    test.describe(`${theme} theme`, () => {
      test.use({ devtoolsTheme: theme });

      test(`${language}, ${theme}: the panel at three sizes, no sideways scroll`, async ({
        inspected,
        fakeGateway,
      }) => {
        const { devtools } = inspected;
        await devtools.undock(1400, 900);
        try {
          const panel = await devtools.showPanel();
          expect(await panel.evaluate(() => document.documentElement.lang)).toBe(language);
          const demo = new DemoPage(inspected.page, fakeGateway.demoUrl);
          await demo.open();
          await demo.runAll();
          const showcase = async () =>
            (await panel.rows()).find((row) => row.cause === SHOWCASE && row.state === 'diagnosed');
          await expect.poll(showcase, { timeout: 30_000 }).toBeTruthy();
          await panel.select((await showcase())?.requestId ?? '');
          await expect.poll(async () => (await panel.causeCard()).top).toBe(SHOWCASE);
          await mkdir(ARTIFACTS, { recursive: true });
          for (const size of SIZES) {
            await devtools.resize(size.width, size.height);
            await expect
              .poll(() => panel.evaluate(() => document.documentElement.clientWidth))
              .toBeLessThanOrEqual(size.width);
            const overflow = await panel.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, `${size.name}: the panel scrolls sideways`).toBe(0);
            const file = `panel-${size.name}-${theme}-${language}.png`;
            await devtools.screenshot(join(ARTIFACTS, file));
            if (process.env.UPDATE_SCREENSHOTS === '1') {
              await mkdir(DOCS, { recursive: true });
              // 48 colours without dithering keep the text crisp and the file a fraction of its size.
              await promisify(execFile)(process.env.CONVERT ?? 'convert', [
                join(ARTIFACTS, file),
                '+dither',
                '-colors',
                '48',
                `PNG8:${join(DOCS, file)}`,
              ]);
            }
          }
        } finally {
          await devtools.redock();
        }
      });
    });
  }
}
