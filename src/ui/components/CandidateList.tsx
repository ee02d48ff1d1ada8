import type { Diagnosis, RankedCause } from '../../core/index.ts';
import { renderCause } from '../../core/index.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { useT } from './TranslateContext.tsx';

interface Props {
  causes: RankedCause[];
  diagnosis: Diagnosis;
  /** Evidence the top cause already lists: not repeated under a candidate. */
  shownEvidence: ReadonlySet<string>;
}

/**
 * The other possible causes, best first, each with what tells it apart from the top one in plain view; its own
 * evidence (what the top cause does not already show) and explanation one click away.
 */
export function CandidateList({ causes, diagnosis, shownEvidence }: Props) {
  const t = useT();
  if (causes.length === 0) return null;
  return (
    <section className="candidates" aria-label={t('ui_candidates_heading')}>
      <h3>{t('ui_candidates_heading')}</h3>
      <ol>
        {causes.map((cause) => {
          const rendered = renderCause(cause, diagnosis.facts, t);
          const ownEvidence = cause.evidence.filter((item) => !shownEvidence.has(item.detail));
          return (
            <li key={cause.id} data-testid="candidate" data-cause={cause.id}>
              <span className="candidate-title">{rendered.title}</span>{' '}
              <span className={`confidence confidence-${cause.confidence}`}>
                {t(`ui_confidence_${cause.confidence}`)}
              </span>
              {rendered.distinguish ? (
                <p className="distinguish">{t('ui_candidate_distinguish', [rendered.distinguish])}</p>
              ) : null}
              <details>
                <summary>{t('ui_candidate_more')}</summary>
                {ownEvidence.length > 0 ? <EvidenceList evidence={ownEvidence} /> : null}
                <p>{rendered.why}</p>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
