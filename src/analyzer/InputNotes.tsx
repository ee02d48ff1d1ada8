import type { Translate } from '../core/index.ts';
import { formatName, missingParts, transcriptNotes } from '../inputs/index.ts';
import { useT } from '../ui/components/TranslateContext.tsx';
import { harIssueText } from './har-issue-text.ts';
import type { InputOutcome } from './page-inputs.ts';

/** What each input was read as and which parts it did not show (unknown, not empty); with several, how each went. */
function lines(t: Translate, outcome: InputOutcome): string[] {
  if (outcome.refused) {
    const key = outcome.refused.refused === 'empty' ? 'cli_input_empty' : 'cli_input_nothing';
    return [t(key, [outcome.name, t(formatName(outcome.refused.format))])];
  }
  const { transcript } = outcome;
  return [
    ...(transcript ? transcriptNotes(transcript, t) : []),
    ...(outcome.error ? [harIssueText(t, 'error', outcome.error)] : []),
  ];
}

export function InputNotes({ outcomes }: { outcomes: InputOutcome[] }) {
  const t = useT();
  const shown = outcomes.map((outcome) => ({ outcome, lines: lines(t, outcome) }));
  if (shown.every((item) => item.lines.length === 0)) return null;
  const several = outcomes.length > 1;
  return (
    <section className="input-notes" data-testid="input-notes" aria-label={t('ui_analyzer_input_notes')}>
      {shown.map(({ outcome, lines }, index) => (
        <div
          // Names may repeat (two files called capture.har from different folders).
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered
          key={index}
          data-testid="input-note"
          data-format={outcome.transcript?.format ?? outcome.refused?.format ?? 'har'}
          data-missing={outcome.transcript ? missingParts(outcome.transcript).join(' ') : ''}
          className={outcome.refused || outcome.error ? 'banner banner-error' : 'banner'}
        >
          {several ? (
            <p className="input-name">
              {t('ui_analyzer_input_entries', [outcome.name, String(outcome.entryCount)])}
            </p>
          ) : null}
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ))}
    </section>
  );
}
