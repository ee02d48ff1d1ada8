import { type Diagnosis, type Exchange, renderCause, type Translate } from '../../core/index.ts';
import type { LiveOutcome, ReplayResult } from '../../shared/live-protocol.ts';
import { useT } from '../../ui/components/TranslateContext.tsx';

type Answered = Extract<LiveOutcome, { kind: 'answered' }>;

interface Props {
  exchange: Exchange;
  result: ReplayResult;
  answered: Answered;
}

/** Before and after, side by side: the status and the top cause of the captured request and of the replay. */
export function ReplayComparison({ exchange, result, answered }: Props) {
  const t = useT();
  const beforeCause = result.before.causes[0]?.id ?? '';
  const afterCause = answered.diagnosis.causes[0]?.id ?? '';
  const changed = beforeCause !== afterCause || exchange.status !== answered.exchange.status;
  return (
    <section
      className="replay-result"
      data-testid="replay-result"
      data-before-cause={beforeCause}
      data-after-cause={afterCause}
      data-after-status={answered.exchange.status}
    >
      <p role="status">{t(changed ? 'ui_replay_changed' : 'ui_replay_unchanged')}</p>
      <table className="replay-comparison">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('ui_replay_before')}</th>
            <th scope="col">{t('ui_replay_after')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('ui_column_status')}</th>
            <td>{exchange.status}</td>
            <td>{answered.exchange.status}</td>
          </tr>
          <tr>
            <th scope="row">{t('ui_column_cause')}</th>
            <td>{causeSummary(result.before, t)}</td>
            <td>{causeSummary(answered.diagnosis, t)}</td>
          </tr>
        </tbody>
      </table>
      <p className="replay-note">{t('ui_replay_compare_note')}</p>
    </section>
  );
}

function causeSummary(diagnosis: Diagnosis, t: Translate): string {
  const top = diagnosis.causes[0];
  if (!top) return t('ui_row_not_flagged');
  return `${renderCause(top, diagnosis.facts, t).title} (${t(`ui_confidence_${top.confidence}`)})`;
}
