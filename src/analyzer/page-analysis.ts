import { type Exchange, exchangeFromHarEntry, unflaggedDiagnosis } from '../core/index.ts';
import {
  type AnalyzedEntry,
  analyzeHar,
  entryId,
  type HarEntry,
  type HarError,
  type HarSource,
  type HarWarning,
  withoutBodyText,
} from '../har/index.ts';

/**
 * What the analyzer page holds of a file the HAR pipeline read, with nothing sent anywhere: only the entries the
 * panel would list (what core's pre-filter classified, other 4xx and failed requests), and those it only lists
 * without their body, so memory stays bounded by what the list shows. The session context still comes from
 * every entry (the pipeline's first pass).
 */

export interface PageEntry {
  /** The entry as read (response body dropped for entries that were not classified), for export. */
  entry: HarEntry;
  exchange: Exchange;
  diagnosis: AnalyzedEntry['diagnosis'];
  /** Passed the pre-filter and was classified; the others are listed (in "all 4xx") as not flagged. */
  candidate: boolean;
}

export interface PageAnalysis {
  entries: PageEntry[];
  /** Entries read before the end of the file or the first error. */
  entryCount: number;
  warnings: HarWarning[];
  /** Why the reader stopped early; the entries read before it are still analysed. */
  error?: HarError;
}

export interface PageAnalysisOptions {
  /** Called after each entry read; for a progress line on big files. */
  onEntry?: (entryCount: number) => void;
}

function listed(item: AnalyzedEntry): PageEntry {
  const entry = withoutBodyText(item.entry);
  const exchange = exchangeFromHarEntry(entry, { index: item.index, id: entryId(item.index) });
  return { entry, exchange, diagnosis: unflaggedDiagnosis(exchange), candidate: false };
}

export async function analyzeForPage(
  source: HarSource,
  options: PageAnalysisOptions = {},
): Promise<PageAnalysis> {
  const entries: PageEntry[] = [];
  let entryCount = 0;
  let warnings: HarWarning[] = [];
  let error: HarError | undefined;
  const pipeline = analyzeHar(source, {
    keepEntriesBeforeError: true,
    onFirstPass: (_entry, index) => options.onEntry?.(index + 1),
  });
  for await (const item of pipeline) {
    if (item.type === 'error') error = item.error;
    else if (item.type === 'start') warnings = item.warnings;
    else if (item.type === 'entry') {
      entryCount += 1;
      if (item.relevance === 'candidate') {
        const { entry, exchange, diagnosis } = item;
        entries.push({ entry, exchange, diagnosis, candidate: true });
      } else if (item.relevance === 'listed') entries.push(listed(item));
    }
  }
  return { entries, entryCount, warnings, ...(error ? { error } : {}) };
}
