/** The public API of har/: reading, analysing, annotating, redacting and writing HAR files. */

export { AnnotationSummary, annotateEntry } from './annotate.ts';
export { type ExportItem, type ExportOptions, exportHar } from './export.ts';
export type { HarError, HarErrorCode, HarWarning, HarWarningCode } from './issues.ts';
export {
  type AnalysisItem,
  type AnalyzedEntry,
  type AnalyzeOptions,
  analyzeHar,
  entryId,
  type HarSource,
} from './pipeline.ts';
export type { RedactedItem, SecretKind } from './placeholders.ts';
export {
  type HarLogHead,
  type HarReadResult,
  type HarStreamItem,
  readHarStream,
  readHarText,
} from './read.ts';
export {
  HarRedactor,
  type RedactionResult,
  type RedactionSummary,
  redactHar,
  SecretLeftError,
} from './redact.ts';
export { maskReport, type ReportMasker, reportMasker } from './report-mask.ts';
export type { HarChunk } from './scanner.ts';
export type * from './types.ts';
export { type HarSchemaValidator, type SchemaError, SchemaWarnings } from './validate.ts';
export { withoutBodyText } from './without-body-text.ts';
export { HarTextWriter, writeHar } from './write.ts';
