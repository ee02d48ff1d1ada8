/**
 * Reports quote their capture — the URL, a `curl -v` line with headers and body, evidence, AWS
 * messages — and are pasted into tickets. Each report (CLI text, Markdown and JSON, the panel's
 * copied Markdown and safe curl) is masked here, at the boundary, by the secrets of its own entry,
 * found and replaced exactly as `redact` finds and replaces them: one secret model, one matcher, and
 * no renderer has to remember it. It lives in har/, not core/, because the finder decodes base64
 * and UTF-8 with the runtime's decoders and core stays free of them.
 */
import { HarRedactor } from './redact.ts';

/** `report` (any string, object or array of them) with every secret of `entry` replaced by its placeholder. */
export function maskReport<T>(entry: object, report: T): T {
  const redactor = new HarRedactor();
  redactor.note(entry);
  // An entry without a secret has nothing to mask: its report is used as it is (no matcher is built).
  return redactor.secretsFound === 0 ? report : redactor.mask(report);
}
