import type { Page } from 'puppeteer-core';
import { gatewayCase } from '../fixtures/demo-page.ts';
import { waitUntil } from '../fixtures/wait-until.ts';

/**
 * The demo page in a Firefox tab (a puppeteer page), driven like `fixtures/demo-page.ts` drives it in Chromium:
 * same page, same buttons, same waits on the DOM, another driver.
 */
export class FirefoxDemoPage {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.url);
    await this.page.waitForSelector('body[data-ready="true"]');
  }

  /** Clicks the case's button (a real click) and waits until the page saw the outcome. */
  async run(id: string): Promise<void> {
    // Checks the id is in the table, as the Chromium driver's lookup by title does.
    gatewayCase(id);
    await this.page.locator(`button[data-case="${id}"]`).click();
    await waitUntil(`the demo page to show the outcome of ${id}`, () =>
      this.page.$eval(`output[data-result-for="${id}"]`, (output) =>
        /^(\d{3}|fetch failed.*)$/.test(output.textContent ?? ''),
      ),
    );
  }

  send(id: string): Promise<string> {
    return this.page.evaluate(
      (caseId) =>
        (window as unknown as { demoShop: { run(id: string): Promise<string> } }).demoShop.run(caseId),
      id,
    );
  }
}
