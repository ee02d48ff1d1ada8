import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** axe-core violations of an extension page, as `id (node count)`. */
export async function pageAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through CDP: the page's CSP (script-src 'self') would block an injected <script>.
  await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
      }
    ).axe;
    return (await axe.run()).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}
