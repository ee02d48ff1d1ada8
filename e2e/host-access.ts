import { expect } from '@playwright/test';
import type { ExtensionBrowser } from './fixtures/extension.ts';

/**
 * Host access for the e2e runs. Replay and "Diagnose with API Gateway 403" ask Chrome for access to one origin at
 * run time; Chrome answers with a native prompt that headless Chromium cannot show or accept. The tests stand in
 * for the user's "Allow" with what chrome://extensions' own "Site access → Add a site" calls
 * (developerPrivate.addHostPermission), and then ask for the origin with a REAL click in an extension page
 * (Playwright's click is a trusted input event, so Chrome sees a user gesture): Chrome then grants it without
 * a prompt, exactly as for a user who allowed that site before.
 */

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
  removeHostPermission(extensionId: string, host: string): Promise<void>;
}

const pattern = (origin: string) => `${origin}/*`;

export async function grantHostAccess(extension: ExtensionBrowser, origin: string): Promise<void> {
  const page = await extension.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${extension.extensionId}`);
    await page.evaluate(
      ([id, host]) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }
        ).chrome.developerPrivate.addHostPermission(id, host),
      [extension.extensionId, pattern(origin)] as const,
    );
    await page.goto(`${extension.origin}/src/analyzer/index.html`);
    await page.evaluate((host) => {
      const button = document.createElement('button');
      button.id = 'e2e-grant';
      button.textContent = 'grant';
      button.addEventListener('click', () => {
        chrome.permissions.request({ origins: [host] }).then(
          (granted) => {
            button.dataset.granted = String(granted);
          },
          (error: Error) => {
            button.dataset.granted = `error: ${error.message}`;
          },
        );
      });
      document.body.append(button);
    }, pattern(origin));
    await page.click('#e2e-grant');
    await expect(page.locator('#e2e-grant')).toHaveAttribute('data-granted', 'true');
  } finally {
    await page.close();
  }
}

/** Back to "nothing granted", so each test starts from what a new user has. */
export async function revokeHostAccess(extension: ExtensionBrowser, origin: string): Promise<void> {
  const worker = await extension.serviceWorker();
  await worker.evaluate((host) => chrome.permissions.remove({ origins: [host] }), pattern(origin));
  const page = await extension.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${extension.extensionId}`);
    await page.evaluate(
      ([id, host]) =>
        (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate
          .removeHostPermission(id, host)
          .catch(() => undefined),
      [extension.extensionId, pattern(origin)] as const,
    );
  } finally {
    await page.close();
  }
}

export async function hasHostAccess(extension: ExtensionBrowser, origin: string): Promise<boolean> {
  const worker = await extension.serviceWorker();
  return worker.evaluate((host) => chrome.permissions.contains({ origins: [host] }), pattern(origin));
}
