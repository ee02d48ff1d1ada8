/**
 * Firefox only (Chromium: export.spec.ts, which captures the download over CDP): "Export HAR…" from the panel in
 * the Firefox toolbox saves an annotated, redacted HAR: the diagnosed request carries the panel's cause and
 * the signature of the bearer token the page sent is nowhere in the file.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { caseUrl } from '../fake-gateway/cases.mjs';
import { expect, test } from '../fixtures/cross-browser.ts';
import { gatewayCase } from '../fixtures/demo-page.ts';
import { PROJECT_ROOT } from '../fixtures/extension.ts';
import { waitUntil } from '../fixtures/wait-until.ts';
import { FirefoxExtension } from './firefox-extension.ts';

const CASE = gatewayCase('iam-method-non-sigv4-authorization');
/** The signature part of the unsigned JWT the demo page sends (fake-gateway/demo/request-headers.js). */
const JWT_SIGNATURE = 'ZmFrZS1zaWduYXR1cmUtbm90LXZlcmlmaWVk';

test('Export HAR saves the diagnosis, with the bearer token signature redacted', async ({
  extension,
  demo,
  panel,
}) => {
  if (!(extension instanceof FirefoxExtension)) throw new Error('this spec drives the Firefox toolbox');
  const downloads = await mkdtemp(join(PROJECT_ROOT, '.tmp', 'firefox-downloads-'));
  try {
    await extension.setDownloadDir(downloads);
    await demo.run(CASE.id);
    const url = caseUrl(CASE);
    const diagnosed = async () => (await panel.rows()).find((r) => r.url === url && r.state === 'diagnosed');
    await expect.poll(diagnosed).toBeTruthy();
    // Alone, without the session's earlier rows, the top cause may be its signed look-alike: the file must
    // say what the panel says.
    const shown = (await diagnosed())?.cause;
    await panel.evaluate(() => {
      [...document.querySelectorAll('button')]
        .find((button) => button.getAttribute('aria-label') === 'Export HAR…')
        ?.click();
    });
    // The preview is computed by the same export that is saved: once it shows, Save is enabled.
    await expect
      .poll(() =>
        panel.evaluate(() => document.querySelector('[data-testid="redaction-preview"]')?.textContent ?? ''),
      )
      .not.toBe('');
    const saved = await panel.evaluate(() => {
      const save = [
        ...document.querySelectorAll<HTMLButtonElement>('[data-testid="export-dialog"] button'),
      ].find((button) => button.textContent === 'Save HAR');
      save?.click();
      return save !== undefined && !save.disabled;
    });
    expect(saved).toBe(true);
    // Firefox creates the file first and writes it after: wait until it holds the whole HAR.
    const text = await waitUntil('the exported HAR in the download folder', async () => {
      const file = (await readdir(downloads)).find((name) => name.endsWith('.har'));
      const content = file ? await readFile(join(downloads, file), 'utf8') : '';
      return content.trimEnd().endsWith('}') ? content : undefined;
    });
    const entry = (
      JSON.parse(text) as {
        log: { entries: Array<{ request: { url: string }; _apigw403?: { causes: Array<{ id: string }> } }> };
      }
    ).log.entries.find((candidate) => candidate.request.url === url);
    expect(shown).toMatch(/^(iam-method-non-sigv4-authorization|resource-not-found-signed)$/);
    expect(entry?._apigw403?.causes[0]?.id).toBe(shown);
    // The demo's JWT signature (also echoed in the response body) must be gone from headers and body alike.
    expect(text).not.toContain(JWT_SIGNATURE);
  } finally {
    await rm(downloads, { recursive: true, force: true });
  }
});
