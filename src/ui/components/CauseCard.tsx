import { useId } from 'react';
import {
  curlCommand,
  type Diagnosis,
  type Exchange,
  type RankedCause,
  renderCause,
} from '../../core/index.ts';
import { CommandBlock } from './CommandBlock.tsx';
import { ConfirmCommand } from './ConfirmCommand.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { useT } from './TranslateContext.tsx';

interface Props {
  cause: RankedCause;
  diagnosis: Diagnosis;
  exchange: Exchange;
}

/** The top cause of the selected request: what, why, how to fix, how to confirm. */
export function CauseCard({ cause, diagnosis, exchange }: Props) {
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
      <h3>{t('ui_card_evidence')}</h3>
      <EvidenceList evidence={cause.evidence} />
      <h3>{t('ui_card_why')}</h3>
      <p>{rendered.why}</p>
      <h3>{t('ui_card_fix')}</h3>
      <ol className="fix-steps">
        {rendered.fixSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {rendered.commands.map((command) => (
        <CommandBlock key={command} command={command} />
      ))}
      <h3>{t('ui_card_confirm')}</h3>
      <ul className="confirm-steps">
        {rendered.confirm.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <p>{t('ui_card_curl_intro')}</p>
      <CommandBlock command={curlCommand(exchange, { revealSecrets: false })} />
      <ConfirmCommand exchange={exchange} diagnosis={diagnosis} />
      <p>
        <a href={rendered.docUrl} target="_blank" rel="noreferrer">
          {t('ui_card_doc_link')}
        </a>
      </p>
    </section>
  );
}
