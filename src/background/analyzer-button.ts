import { onToolbarButtonClicked, openExtensionPage } from '../platform/tabs.ts';
import { ANALYZER_PAGE } from '../shared/pages.ts';

/** The toolbar button opens the offline HAR analyzer in a tab. */
export function registerAnalyzerButton(): void {
  onToolbarButtonClicked(() => {
    void openExtensionPage(ANALYZER_PAGE);
  });
}
