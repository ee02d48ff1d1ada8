import { exportHar, type RedactionSummary } from '../../har/index.ts';
import type { ContextEntry, RequestRecord } from '../../ui/state/types.ts';

export interface CaptureExport {
  text: string;
  /** What redaction replaced; absent when the user turned redaction off. */
  redaction?: RedactionSummary;
}

export interface CaptureExportOptions {
  redact: boolean;
  /** Tool version stamped into the `_apigw403` annotations. */
  version: string;
  /** Successes the diagnoses learnt from, written among the rows so re-analysing the file finds the same causes. */
  context?: ContextEntry[];
}

/** The context a diagnosis of a request to this host used: that host's successes. */
export function contextOfHost(context: ContextEntry[], host: string): ContextEntry[] {
  return context.filter((kept) => kept.host === host);
}

function startedAt(entry: RequestRecord['entry']): number {
  return Date.parse(entry.startedDateTime ?? '') || 0;
}

/**
 * What HAR 1.2's schema asks of an entry and a DevTools capture may lack: `content.size` (absent once the panel
 * dropped a body it did not need) and `serverIPAddress` as a bare IP (Chromium writes IPv6 in brackets, `[::1]`).
 */
function schemaValid(entry: RequestRecord['entry']): RequestRecord['entry'] {
  const content = entry.response.content ?? {};
  const size =
    typeof content.size === 'number' ? content.size : new TextEncoder().encode(content.text ?? '').length;
  const ip = entry.serverIPAddress?.replace(/^\[(.*)\]$/, '$1');
  const { serverIPAddress: _asCaptured, ...rest } = entry;
  return {
    ...rest,
    ...(ip ? { serverIPAddress: ip } : {}),
    response: { ...entry.response, content: { mimeType: '', ...content, size } },
  };
}

/**
 * The captured entries as a HAR 1.2 document, as DevTools recorded them (bodies only for flagged requests), in the
 * order they started.
 */
export function harDocument(records: RequestRecord[], version: string, context: ContextEntry[] = []): string {
  const entries = [...records, ...context]
    .map((captured) => schemaValid(captured.entry))
    .sort((a, b) => startedAt(a) - startedAt(b));
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'API Gateway 403', version },
      pages: [],
      entries,
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
    { text: harDocument(records, options.version, options.context) },
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
