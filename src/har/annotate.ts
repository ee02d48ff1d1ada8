/**
 * Our findings inside the HAR itself, in `_`-prefixed fields (allowed by HAR 1.2, so the file still
 * validates and re-imports): each flagged entry gains `_apigw403` — the `--format json` entry plus
 * the tool version — and the log gains a summary.
 */
import type { ReportEntry } from '../core/index.ts';
import type { HarEntry, HarEntryAnnotation, HarLogAnnotation } from './types.ts';

/**
 * A copy of `entry` carrying its diagnosis, or without any older one when nothing was found now
 * (`report` unflagged, or left out).
 */
export function annotateEntry(entry: HarEntry, report: ReportEntry | undefined, version: string): HarEntry {
  const { _apigw403: _previous, ...rest } = entry;
  if (!report?.flagged) return rest;
  const annotation: HarEntryAnnotation = { version, ...report };
  return { ...rest, _apigw403: annotation };
}

/** Counts what the log-level `_apigw403` summarizes, entry by entry. */
export class AnnotationSummary {
  #entries = 0;
  #flagged = 0;
  readonly #topCauses: Record<string, number> = {};

  /** `report` may be left out for an entry with nothing found. */
  add(report: ReportEntry | undefined): void {
    this.#entries += 1;
    if (!report?.flagged) return;
    this.#flagged += 1;
    const top = report.causes[0]?.id;
    if (top !== undefined) this.#topCauses[top] = (this.#topCauses[top] ?? 0) + 1;
  }

  annotation(version: string, redacted: boolean): HarLogAnnotation {
    const topCauses = Object.fromEntries(
      Object.entries(this.#topCauses).sort(([a], [b]) => a.localeCompare(b)),
    );
    return { version, entries: this.#entries, flagged: this.#flagged, topCauses, redacted };
  }
}
