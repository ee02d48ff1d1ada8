/**
 * Writing a HAR back out — annotated, redacted, or both — as text pieces, from a file in memory or
 * streamed. The CLI writes the pieces to disk; the panel and analyzer page can join them into a
 * download. Redaction learns every secret in pass one, so placeholders agree across the file.
 */

import { AnnotationSummary, annotateEntry } from './annotate.ts';
import type { HarError, HarWarning } from './issues.ts';
import { type AnalyzeOptions, analyzeHar, type HarSource } from './pipeline.ts';
import { HarRedactor, type RedactionSummary } from './redact.ts';
import type { HarLogAnnotation } from './types.ts';
import type { HarSchemaValidator } from './validate.ts';
import { HarTextWriter } from './write.ts';

export interface ExportOptions {
  /** Add `_apigw403` findings, stamped with this tool version. */
  annotateAs?: string;
  /** Replace secrets by placeholders (the default everywhere we export). */
  redact: boolean;
  validator?: HarSchemaValidator;
}

export type ExportItem =
  | { type: 'text'; text: string }
  | { type: 'end'; warnings: HarWarning[]; redaction?: RedactionSummary; annotation?: HarLogAnnotation }
  | { type: 'error'; error: HarError };

export async function* exportHar(source: HarSource, options: ExportOptions): AsyncGenerator<ExportItem> {
  const redactor = options.redact ? new HarRedactor() : undefined;
  const summary = new AnnotationSummary();
  const writer = new HarTextWriter();
  const analyzeOptions: AnalyzeOptions = {
    ...(options.validator ? { validator: options.validator } : {}),
    ...(redactor ? { onFirstPass: (entry) => redactor.note(entry) } : {}),
  };
  let warnings: HarWarning[] = [];
  for await (const item of analyzeHar(source, analyzeOptions)) {
    if (item.type === 'error') {
      yield item;
      return;
    }
    if (item.type === 'start') {
      warnings = item.warnings;
      // Annotating again replaces the old summary (written after the entries) instead of adding a second.
      const { _apigw403: _previous, ...unannotated } = item.log;
      const head = options.annotateAs === undefined ? item.log : unannotated;
      yield { type: 'text', text: writer.start(redactor ? redactor.redactValue(head) : head) };
    } else if (item.type === 'entry') {
      const report = item.flagged ? item.report : undefined;
      const annotated =
        options.annotateAs === undefined ? item.entry : annotateEntry(item.entry, report, options.annotateAs);
      summary.add(report);
      yield { type: 'text', text: writer.entry(redactor ? redactor.redactEntry(annotated) : annotated) };
    }
  }
  const annotation =
    options.annotateAs === undefined ? undefined : summary.annotation(options.annotateAs, options.redact);
  yield { type: 'text', text: writer.end(annotation ? { _apigw403: annotation } : {}) };
  yield {
    type: 'end',
    warnings,
    ...(redactor ? { redaction: redactor.summary() } : {}),
    ...(annotation ? { annotation } : {}),
  };
}
