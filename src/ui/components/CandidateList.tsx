import type { Diagnosis, RankedCause } from '../../core/index.ts';
import { renderCause } from '../../core/index.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { useT } from './TranslateContext.tsx';

/** The other possible causes, best first, each with what would tell it apart from the top one. */
export function CandidateList({ causes, diagnosis }: { causes: RankedCause[]; diagnosis: Diagnosis }) {
  const t = useT();
  if (causes.length === 0) return null;
  return (
    <section className="candidates" aria-label={t('ui_candidates_heading')}>
      <h3>{t('ui_candidates_heading')}</h3>
      <ol>
        {causes.map((cause) => {
          const rendered = renderCause(cause, diagnosis.facts, t);
          return (
            <li key={cause.id} data-testid="candidate" data-cause={cause.id}>
              <details>
                <summary>
                  <span className="candidate-title">{rendered.title}</span>{' '}
                  <span className={`confidence confidence-${cause.confidence}`}>
                    {t(`ui_confidence_${cause.confidence}`)}
                  </span>
                </summary>
                {rendered.distinguish ? (
                  <p className="distinguish">{t('ui_candidate_distinguish', [rendered.distinguish])}</p>
                ) : null}
                <EvidenceList evidence={cause.evidence} />
                <p>{rendered.why}</p>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
