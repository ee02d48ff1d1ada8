import { onToolbarButtonClicked, openExtensionPage } from '../platform/tabs.ts';

export const ANALYZER_PAGE = 'src/analyzer/index.html';

/** The toolbar button opens the offline HAR analyzer in a tab. */
export function registerAnalyzerButton(): void {
  onToolbarButtonClicked(() => {
    void openExtensionPage(ANALYZER_PAGE);
  });
}
