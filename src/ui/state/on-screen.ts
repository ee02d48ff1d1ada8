/**
 * What the panel and the analyzer page show of a request, masked by the one rule the redacted export
 * uses (har/report-mask.ts): every secret the export would replace in this record's HAR entry is
 * replaced, by the same placeholder, in every string on screen — URL, headers, body, evidence, cause
 * card, commands (the `curl -v` line and its body among them). A value is therefore masked everywhere
 * or nowhere. Only the Headers tab's explicit click shows a raw value.
 */
import type { Diagnosis, Exchange } from '../../core/index.ts';
import { type ReportMasker, reportMasker } from '../../har/report-mask.ts';
import { prettyBody } from '../util/pretty-body.ts';
import type { RequestRecord } from './types.ts';

export interface OnScreen {
  exchange: Exchange;
  diagnosis: Diagnosis | undefined;
  /**
   * The response body as the Body tab prints it, masked after pretty-printing: a numeric password or a
   * secret the JSON printer unescapes is found in the text the user reads.
   */
  bodyText: string | undefined;
  mask: ReportMasker;
}

/** Records never change in place (the reducer replaces them): each is searched for secrets once. */
const shown = new WeakMap<RequestRecord, OnScreen>();

export function onScreen(record: RequestRecord): OnScreen {
  const known = shown.get(record);
  if (known) return known;
  const mask = reportMasker(record.entry);
  const view: OnScreen = {
    exchange: mask(record.exchange),
    diagnosis: mask(record.diagnosis),
    bodyText: mask(prettyBody(record.exchange.body)),
    mask,
  };
  shown.set(record, view);
  return view;
}

/** The same rule for text that quotes only a URL (a dialog title, a right-clicked link): the URL's own secrets. */
export function urlMasker(url: string): ReportMasker {
  return reportMasker({ request: { url } });
}

export function maskedUrl(url: string): string {
  return urlMasker(url)(url);
}

const rows = new WeakMap<RequestRecord, ReportMasker>();

/**
 * A list row shows only URL-derived text (path, host, a cause title naming the path): only the URL is searched,
 * so filtering thousands of rows does not read every body.
 */
export function rowMasker(record: RequestRecord): ReportMasker {
  const known = rows.get(record);
  if (known) return known;
  const mask = urlMasker(record.exchange.url);
  rows.set(record, mask);
  return mask;
}
