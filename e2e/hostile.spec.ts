/**
 * Issue 9: what a response carries is data, never code. The fake gateway's `hostile-content` row answers with
 * `<img onerror>`, `<script>` and `javascript:` URLs in its body and headers; the panel must show them as text,
 * run none of them, and render no element from them. Needs: dist/ built, the panel's cause card with evidence.
 */
import { join } from 'node:path';
import { caseUrlOf } from './fixtures/demo-page.ts';
import { PROJECT_ROOT } from './fixtures/extension.ts';
import { expect, test } from './fixtures/index.ts';

const HOSTILE = 'hostile-content';
const CORPUS = join(PROJECT_ROOT, 'test', 'malformed', 'corpus');

/**
 * What a page would show if it had treated captured data as markup. Runs inside the page (serialized), so it
 * closes over nothing.
 */
function domHazards() {
  return {
    pwned: (globalThis as { __apigw403_pwned?: unknown }).__apigw403_pwned ?? null,
    // Only the page's own bundle may be a script; no element may come from the response.
    foreignScripts: [...document.querySelectorAll('script')]
      .map((script) => script.src)
      .filter((src) => !src.startsWith(location.origin)),
    imagesFromData: [...document.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x')
      .length,
    javascriptLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((name) => el.getAttribute(name) ?? ''))
      .filter((value) => /^\s*javascript:/i.test(value)),
    inlineHandlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((attribute) => attribute.name.startsWith('on')),
    ).length,
  };
}

const NO_HAZARDS = {
  pwned: null,
  foreignScripts: [],
  imagesFromData: 0,
  javascriptLinks: [],
  inlineHandlers: 0,
};

test('markup and script in a 403 are shown as text and never run', async ({ demo, inspected, panel }) => {
  await demo.run(HOSTILE);
  const url = caseUrlOf(HOSTILE);
  await expect
    .poll(async () => (await panel.rows()).filter((row) => row.url === url && row.state === 'diagnosed'))
    .toEqual([expect.objectContaining({ cause: 'lambda-authorizer-explicit-deny' })]);
  const [row] = (await panel.rows()).filter((r) => r.url === url);
  await panel.select(row?.requestId ?? '');
  await expect.poll(async () => (await panel.causeCard()).top).toBe('lambda-authorizer-explicit-deny');

  // The evidence quotes the message, markup included, as characters on screen.
  await expect
    .poll(() =>
      panel.evaluate(() => document.body.textContent?.includes('onerror="globalThis.__apigw403_pwned=1"')),
    )
    .toBe(true);
  expect(await panel.evaluate(domHazards)).toEqual(NO_HAZARDS);
  // And on the inspected page's side nothing ran either (the demo page only reads the status).
  expect(
    await inspected.page.evaluate(
      () => (globalThis as { __apigw403_pwned?: unknown }).__apigw403_pwned ?? null,
    ),
  ).toBeNull();
});

test('the analyzer page shows a hostile HAR as text too', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(`${extension.origin}/src/analyzer/index.html`);
  await page.getByTestId('har-file-input').setInputFiles(join(CORPUS, 'hostile-content.har'));
  await expect(page.getByTestId('cause-card')).toHaveAttribute(
    'data-cause',
    'lambda-authorizer-explicit-deny',
  );
  await expect.poll(() => page.evaluate(() => document.body.textContent?.includes('<script>'))).toBe(true);
  expect(await page.evaluate(domHazards)).toEqual(NO_HAZARDS);
  await page.close();
});

for (const file of [
  'truncated.har',
  'gzip-renamed.har',
  'not-json.har',
  'entries-not-array.har',
  'status-boolean.har',
]) {
  test(`the analyzer page refuses ${file} with a banner and stays usable`, async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`${extension.origin}/src/analyzer/index.html`);
    await page.getByTestId('har-file-input').setInputFiles(join(CORPUS, file));
    await expect(page.getByTestId('har-error-banner')).toBeVisible();
    // A good file afterwards is analysed as usual.
    await page.getByTestId('har-file-input').setInputFiles(join(CORPUS, 'clean.har'));
    await expect(page.getByTestId('cause-card')).toHaveAttribute('data-cause', 'resource-not-found-unsigned');
    await page.close();
  });
}
