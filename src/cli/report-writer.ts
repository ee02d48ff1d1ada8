/** The three `analyze` output formats behind one shape: a head, one piece per listed entry, a tail. */
import type { Translate } from '../core/index.ts';
import { type AnalyzedEntry, maskReport } from '../har/index.ts';
import type { OutputFormat } from './args.ts';
import { markdownBlock, markdownTitle } from './render-markdown.ts';
import { textBlock } from './render-text.ts';
import { entryView } from './report-view.ts';
import { inertJson, oneLine } from './sanitize.ts';
import type { Style } from './style.ts';

/** What a report says of an entry, with the entry's secrets (in its curl line, evidence, URL) masked. */
function maskedView(analyzed: AnalyzedEntry, t: Translate) {
  return maskReport(analyzed.entry, entryView(analyzed, t));
}

export interface ReportWriter {
  start(): string;
  /** What the reader could not see in a transcript (text and Markdown only). */
  notes(lines: string[]): string;
  entry(analyzed: AnalyzedEntry): string;
  /** `summary` is the "N entries analysed…" sentence. */
  end(summary: string): string;
}

/** One JSON document (the contract in DESIGN.md), written entry by entry so no file is too big for it. */
function jsonWriter(file: string): ReportWriter {
  let listed = 0;
  return {
    start: () => `{\n  "file": ${inertJson(file)},\n  "entries": [`,
    notes: () => '',
    entry: ({ entry, report }) => {
      const separator = listed === 0 ? '' : ',';
      listed += 1;
      return `${separator}\n    ${inertJson(maskReport(entry, report), 2).replace(/\n/g, '\n    ')}`;
    },
    end: () => `${listed === 0 ? '' : '\n  '}]\n}\n`,
  };
}

/**
 * One JSON object per line per listed entry, tagged with its file (and, for a transcript, its
 * format and what it did not show): composes with `jq`, `xargs -P`, GNU parallel.
 */
function jsonlWriter(file: string, extra: (index: number) => Record<string, unknown>): ReportWriter {
  return {
    start: () => '',
    notes: () => '',
    entry: ({ entry, report }) =>
      `${inertJson({ file, ...maskReport(entry, report), ...extra(report.index) })}\n`,
    end: () => '',
  };
}

export interface WriterOptions {
  /** Several inputs: the text report names each file before its entries. */
  several?: boolean;
  /** Fields a jsonl line adds for an entry (the transcript format, the parts not shown). */
  jsonlExtra?: (index: number) => Record<string, unknown>;
}

export function reportWriter(
  format: OutputFormat,
  file: string,
  t: Translate,
  style: Style,
  options: WriterOptions = {},
): ReportWriter {
  if (format === 'json') return jsonWriter(file);
  if (format === 'jsonl') return jsonlWriter(file, options.jsonlExtra ?? (() => ({})));
  if (format === 'markdown') {
    return {
      start: () => markdownTitle(oneLine(file), t),
      notes: (lines) =>
        lines.length === 0 ? '' : `${lines.map((line) => `> ${oneLine(line)}`).join('\n')}\n\n`,
      entry: (analyzed) => markdownBlock(maskedView(analyzed, t), t),
      end: (summary) => `---\n\n${summary}\n`,
    };
  }
  return {
    start: () => (options.several ? `${style.bold(`== ${oneLine(file)} ==`)}\n` : ''),
    notes: (lines) => lines.map((line) => `${style.dim(oneLine(line))}\n`).join(''),
    entry: (analyzed) => textBlock(maskedView(analyzed, t), t, style),
    end: (summary) => `${style.bold(summary)}\n`,
  };
}
