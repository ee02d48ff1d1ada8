/** The three `analyze` output formats behind one shape: a head, one piece per listed entry, a tail. */
import type { Translate } from '../core/index.ts';
import type { AnalyzedEntry } from '../har/index.ts';
import type { OutputFormat } from './args.ts';
import { markdownBlock, markdownTitle } from './render-markdown.ts';
import { textBlock } from './render-text.ts';
import { entryView } from './report-view.ts';
import { inertJson, oneLine } from './sanitize.ts';
import type { Style } from './style.ts';

export interface ReportWriter {
  start(): string;
  entry(analyzed: AnalyzedEntry): string;
  /** `summary` is the "N entries analysed…" sentence. */
  end(summary: string): string;
}

/** One JSON document (the contract in DESIGN.md), written entry by entry so no file is too big for it. */
function jsonWriter(file: string): ReportWriter {
  let listed = 0;
  return {
    start: () => `{\n  "file": ${inertJson(file)},\n  "entries": [`,
    entry: ({ report }) => {
      const separator = listed === 0 ? '' : ',';
      listed += 1;
      return `${separator}\n    ${inertJson(report, 2).replace(/\n/g, '\n    ')}`;
    },
    end: () => `${listed === 0 ? '' : '\n  '}]\n}\n`,
  };
}

export function reportWriter(format: OutputFormat, file: string, t: Translate, style: Style): ReportWriter {
  if (format === 'json') return jsonWriter(file);
  if (format === 'markdown') {
    return {
      start: () => markdownTitle(oneLine(file), t),
      entry: (analyzed) => markdownBlock(entryView(analyzed, t), t),
      end: (summary) => `---\n\n${summary}\n`,
    };
  }
  return {
    start: () => '',
    entry: (analyzed) => textBlock(entryView(analyzed, t), t, style),
    end: (summary) => `${style.bold(summary)}\n`,
  };
}
