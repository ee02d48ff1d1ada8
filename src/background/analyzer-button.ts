import { ANALYZER_PAGE } from '../shared/pages.ts';
import type { BackgroundServices } from './services.ts';

/** The toolbar button opens the offline HAR analyzer in a tab. */
export function registerAnalyzerButton(services: BackgroundServices): void {
  services.onToolbarButtonClicked(() => {
    void services.openPage(ANALYZER_PAGE);
  });
}
