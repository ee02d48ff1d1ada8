import { exportHar, type RedactionSummary } from '../../har/index.ts';
import type { RequestRecord } from '../state/types.ts';

export interface CaptureExport {
  text: string;
  /** What redaction replaced; absent when the user turned redaction off. */
  redaction?: RedactionSummary;
}

export interface CaptureExportOptions {
  redact: boolean;
  /** Tool version stamped into the `_apigw403` annotations. */
  version: string;
}

/** The captured entries as a HAR 1.2 document, as DevTools recorded them (bodies only for flagged requests). */
export function harDocument(records: RequestRecord[], version: string): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'API Gateway 403', version },
      pages: [],
      entries: records.map((record) => record.entry),
    },
  });
}

/**
 * Annotated (and by default redacted) HAR text for some captured requests, through the same har/ export the CLI
 * uses, so a file saved from the panel and one written by `apigw403 annotate` look alike.
 */
export async function exportCapture(
  records: RequestRecord[],
  options: CaptureExportOptions,
): Promise<CaptureExport> {
  const pieces: string[] = [];
  let redaction: RedactionSummary | undefined;
  for await (const item of exportHar(
    { text: harDocument(records, options.version) },
    { annotateAs: options.version, redact: options.redact },
  )) {
    if (item.type === 'error')
      throw new Error(
        `${item.error.code} at ${item.error.path}${item.error.detail ? `: ${item.error.detail}` : ''}`,
      );
    if (item.type === 'text') pieces.push(item.text);
    else redaction = item.redaction;
  }
  return { text: pieces.join(''), ...(redaction ? { redaction } : {}) };
}
