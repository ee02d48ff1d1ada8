import type { Diagnosis, Exchange, ReportEntry } from './types.ts';
import { redactUrl } from './url-redaction.ts';

/** The public JSON shape of one diagnosed entry (CLI `--format json`, annotated HAR `_apigw403`). */
export function toReportEntry(exchange: Exchange, diagnosis: Diagnosis): ReportEntry {
  return {
    index: exchange.index ?? 0,
    method: exchange.method,
    // Reports are pasted into tickets: a presigned URL's signature or an OAuth token must not go with them.
    url: redactUrl(exchange.url),
    status: exchange.status,
    flagged: diagnosis.flagged,
    origin: diagnosis.origin,
    causes: diagnosis.causes.map((cause) => ({
      id: cause.id,
      confidence: cause.confidence,
      evidence: cause.evidence.map((item) => ({ kind: item.kind, detail: item.detail })),
    })),
  };
}
