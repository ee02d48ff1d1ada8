/**
 * Reports quote their capture — the URL, a `curl -v` line with headers and body, evidence, AWS
 * messages — and are pasted into tickets. Each report (CLI text, Markdown and JSON, the panel's
 * copied Markdown and safe curl, and everything the panel and analyzer page put on screen) is
 * masked here, at the boundary, by the secrets of its own entry, found and replaced exactly as
 * `redact` finds and replaces them: one secret model, one matcher, and no renderer has to remember
 * it. It lives in har/, not core/, because the finder decodes base64 and UTF-8 with the runtime's
 * decoders and core stays free of them.
 */
import { HarRedactor } from './redact.ts';

/** Masks any number of reports of one entry; the entry is searched for secrets once. */
export type ReportMasker = <T>(report: T) => T;

export function reportMasker(entry: object): ReportMasker {
  const redactor = new HarRedactor();
  redactor.note(entry);
  return (report) => redactor.mask(report);
}

/** `report` (any string, object or array of them) with every secret of `entry` replaced by its placeholder. */
export function maskReport<T>(entry: object, report: T): T {
  return reportMasker(entry)(report);
}
