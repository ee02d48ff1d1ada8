import { useId } from 'react';
import { type Diagnosis, type Exchange, type RankedCause, renderCause } from '../../core/index.ts';
import { CandidateList } from './CandidateList.tsx';
import { CommandList } from './CommandList.tsx';
import { ConfirmCommand } from './ConfirmCommand.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { useT } from './TranslateContext.tsx';

interface Props {
  cause: RankedCause;
  /** The other candidates, best first. */
  others: RankedCause[];
  diagnosis: Diagnosis;
  exchange: Exchange;
}

/**
 * The diagnosis of the selected request, in the order it is read: the verdict and its evidence, what tells the
 * top candidates apart, how to fix, how to confirm, then the commands (the curl -v reproduction among them,
 * last) and the `apigw403 confirm` line that checks the account, then why it happens.
 */
export function CauseCard({ cause, others, diagnosis, exchange }: Props) {
  const t = useT();
  const headingId = useId();
  const rendered = renderCause(cause, diagnosis.facts, t);
  return (
    <section
      className="cause-card"
      data-testid="cause-card"
      data-cause={cause.id}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} tabIndex={-1} className="cause-title">
        {rendered.title}
      </h2>
      <p className="cause-meta">
        <span className={`confidence confidence-${cause.confidence}`}>
          {t('ui_confidence_label', [t(`ui_confidence_${cause.confidence}`)])}
        </span>
        <span className="origin">
          {t('ui_origin_label', [t(`ui_origin_${diagnosis.origin.replace('-', '_')}`)])}
        </span>
      </p>
      <EvidenceList evidence={cause.evidence} />
      <CandidateList
        causes={others}
        diagnosis={diagnosis}
        shownEvidence={new Set(cause.evidence.map((item) => item.detail))}
      />
      <h3>{t('ui_card_fix')}</h3>
      <ol className="fix-steps">
        {rendered.fixSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h3>{t('ui_card_confirm')}</h3>
      <ul className="confirm-steps">
        {rendered.confirm.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <CommandList commands={rendered.commands} />
      <ConfirmCommand exchange={exchange} diagnosis={diagnosis} />
      <h3>{t('ui_card_why')}</h3>
      <p>{rendered.why}</p>
      <p>
        <a href={rendered.docUrl} target="_blank" rel="noreferrer">
          {t('ui_card_doc_link')}
        </a>
      </p>
    </section>
  );
}
