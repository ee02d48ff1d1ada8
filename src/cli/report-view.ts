/**
 * What the text and Markdown reports show for one entry, in words: causes rendered through core's
 * catalogue and the locale files, captured data already stripped of control characters.
 */
import { type Confidence, type RenderedCause, renderCause, type Translate } from '../core/index.ts';
import type { AnalyzedEntry } from '../har/index.ts';
import { oneLine, stripControls } from './sanitize.ts';

export interface CauseView {
  id: string;
  confidence: Confidence;
  confidenceLabel: string;
  rendered: RenderedCause;
  evidence: Array<{ kind: string; detail: string }>;
}

export interface EntryView {
  index: number;
  method: string;
  url: string;
  status: number;
  flagged: boolean;
  originLabel: string;
  causes: CauseView[];
}

function cleanRendered(rendered: RenderedCause): RenderedCause {
  return {
    ...rendered,
    // Titles, steps and commands embed values from the URL and the error message.
    title: oneLine(rendered.title),
    why: stripControls(rendered.why),
    fixSteps: rendered.fixSteps.map(stripControls),
    // Commands may continue over lines (`curl -v \` …): newlines stay.
    commands: rendered.commands.map(stripControls),
    confirm: rendered.confirm.map(stripControls),
    ...(rendered.distinguish === undefined ? {} : { distinguish: stripControls(rendered.distinguish) }),
    docUrl: oneLine(rendered.docUrl),
  };
}

export function entryView(analyzed: AnalyzedEntry, t: Translate): EntryView {
  const { report, diagnosis } = analyzed;
  return {
    index: report.index,
    method: oneLine(report.method),
    url: oneLine(report.url),
    status: report.status,
    flagged: report.flagged,
    originLabel: t(`cli_origin_${report.origin.replace(/-/g, '_')}`) || report.origin,
    causes: diagnosis.causes.map((cause) => ({
      id: cause.id,
      confidence: cause.confidence,
      confidenceLabel: t(`cli_confidence_${cause.confidence}`) || cause.confidence,
      rendered: cleanRendered(renderCause(cause, diagnosis.facts, t)),
      evidence: cause.evidence.map((item) => ({
        kind: oneLine(item.kind),
        detail: stripControls(item.detail),
      })),
    })),
  };
}
