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
  onProgress?: AnalyzeOptions['onProgress'];
}

export type ExportItem =
  | { type: 'text'; text: string }
  | { type: 'end'; warnings: HarWarning[]; redaction?: RedactionSummary; annotation?: HarLogAnnotation }
  | { type: 'error'; error: HarError };

/** Throws `SecretLeftError` (before yielding the text) when a redacted piece still holds a secret. */
export async function* exportHar(source: HarSource, options: ExportOptions): AsyncGenerator<ExportItem> {
  let redactor = options.redact ? new HarRedactor() : undefined;
  const summary = new AnnotationSummary();
  const writer = new HarTextWriter();
  // The one-pass read keeps only the entries that may be flagged parsed; the others are parsed again
  // when written: holding every entry's tree cost more memory (4.5× the file) and garbage collection.
  const analyzeOptions: AnalyzeOptions = {
    ...(options.validator ? { validator: options.validator } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.redact
      ? {
          onFirstPass: (entry) => redactor?.note(entry),
          onFirstPassRestart: () => {
            redactor = new HarRedactor();
          },
        }
      : {}),
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
      const text = writer.start(redactor ? redactor.redactValue(head) : head);
      redactor?.verify(text, 'log');
      yield { type: 'text', text };
    } else if (item.type === 'entry') {
      const report = item.flagged ? item.report : undefined;
      const annotated =
        options.annotateAs === undefined ? item.entry : annotateEntry(item.entry, report, options.annotateAs);
      summary.add(report);
      // The pipeline parsed this entry for the export alone: it is redacted where it is.
      const text = writer.entry(redactor ? redactor.redactEntryInPlace(annotated) : annotated);
      // The written text is read again for every secret found: a file that would leak is not written.
      redactor?.verify(text, `log.entries[${item.index}]`);
      yield { type: 'text', text };
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
