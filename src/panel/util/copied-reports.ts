/**
 * What the row menu copies for a ticket. The headers, the safe curl line and the Markdown diagnosis quote
 * the capture (headers, body, URL, evidence): each is masked by the secrets of the record's entry,
 * found and replaced as the redacted export does (har/report-mask.ts). Only the curl line the menu
 * labels "including secrets" stays raw.
 */
import { curlCommand, type Translate } from '../../core/index.ts';
import { maskReport } from '../../har/index.ts';
import type { RequestRecord } from '../../ui/state/types.ts';
import { diagnosisMarkdown } from './diagnosis-markdown.ts';
import { headersText } from './headers-text.ts';

export function copiedCurl(record: RequestRecord): string {
  return maskReport(record.entry, curlCommand(record.exchange, { revealSecrets: false }));
}

export function copiedMarkdown(record: RequestRecord, t: Translate): string {
  return maskReport(record.entry, diagnosisMarkdown(record.exchange, record.diagnosis, t));
}

export function copiedHeaders(record: RequestRecord): string {
  return maskReport(record.entry, headersText(record.exchange));
}
