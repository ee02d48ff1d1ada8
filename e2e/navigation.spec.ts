/**
 * Issue 5, capture: a navigation of the inspected page clears the list unless "Keep log" is on (the Network
 * panel's wording and behaviour). Needs: onNavigated handling and the Keep log toggle in the panel toolbar.
 */

import { expect, type Panel, test } from './fixtures/cross-browser.ts';
import { caseUrlOf } from './fixtures/demo-page.ts';

async function diagnosedUrls(panel: Panel): Promise<string[]> {
  return (await panel.rows()).filter((row) => row.state === 'diagnosed').map((row) => row.url);
}

test('a navigation clears the list; with "Keep log" on, rows survive it', async ({ demo, panel }) => {
  await demo.send('iam-explicit-deny');
  await expect.poll(() => diagnosedUrls(panel)).toEqual([caseUrlOf('iam-explicit-deny')]);

  await demo.open();
  await expect.poll(() => diagnosedUrls(panel)).toEqual([]);

  await panel.setChecked('Keep log', true);
  try {
    await demo.send('invalid-api-key');
    await expect.poll(() => diagnosedUrls(panel)).toEqual([caseUrlOf('invalid-api-key')]);
    await demo.open();
    // A request after the navigation is a barrier: once its row is there, the navigation has been handled.
    await demo.send('waf-blocked');
    await expect
      .poll(async () => (await diagnosedUrls(panel)).sort())
      .toEqual([caseUrlOf('invalid-api-key'), caseUrlOf('waf-blocked')].sort());
  } finally {
    // The setting may outlive this panel: later tests expect the Network panel's default.
    await panel.setChecked('Keep log', false);
  }
});
