import { type Ref, useLayoutEffect, useRef, useState } from 'react';
import type { Diagnosis, Evidence } from '../../core/index.ts';
import { onScreen } from '../state/on-screen.ts';
import type { PanelState, RequestRecord } from '../state/types.ts';
import { handled } from '../util/keys.ts';
import { BodyView } from './BodyView.tsx';
import { CauseCard } from './CauseCard.tsx';
import { DetailsTabs, type DetailTab } from './DetailsTabs.tsx';
import { HeadersView } from './HeadersView.tsx';
import { IconButton } from './Icons.tsx';
import { JwtView } from './JwtView.tsx';
import { SigV4View } from './SigV4View.tsx';
import { TimingView } from './TimingView.tsx';
import { useT } from './TranslateContext.tsx';

function DiagnosisView({ record, records }: { record: RequestRecord; records: PanelState['records'] }) {
  const t = useT();
  const pair = record.pairedId ? records[record.pairedId] : undefined;
  const pairUrl = pair ? onScreen(pair).exchange.url : '';
  const pairNote = pair ? (
    <p className="pair-note" data-testid="preflight-pair">
      {record.exchange.isPreflight
        ? t('ui_preflight_blocked', [pair.exchange.method, pairUrl])
        : t('ui_blocked_by_preflight', [pairUrl])}
    </p>
  ) : null;
  if (record.state === 'pending') return <p className="muted">{t('ui_row_pending')}</p>;
  if (record.state === 'error') {
    return (
      <div role="alert">
        {pairNote}
        <p>{t('ui_diagnosis_failed', [record.error ?? ''])}</p>
      </div>
    );
  }
  const { exchange, diagnosis } = onScreen(record);
  const [top, ...others] = diagnosis?.causes ?? [];
  if (!diagnosis || !top) {
    return (
      <>
        {pairNote}
        <p className="muted">{t('ui_not_flagged_explained')}</p>
      </>
    );
  }
  return (
    <>
      {pairNote}
      <CauseCard cause={top} others={others} diagnosis={diagnosis} exchange={exchange} />
    </>
  );
}

/** SigV4 facts the classifier found, across all candidate causes, each once. */
function sigv4Evidence(diagnosis: Diagnosis | undefined): Evidence[] {
  const seen = new Set<string>();
  return (diagnosis?.causes ?? [])
    .flatMap((cause) => cause.evidence)
    .filter((item) => item.kind === 'sigv4' && !seen.has(item.detail) && seen.add(item.detail));
}

interface Props {
  record: RequestRecord;
  records: PanelState['records'];
  /** Closes the details (the × before the tabs); without it there is no ×. */
  onClose?(): void;
  /** Esc anywhere in the details closes them too (the narrow panel, where they stand for the full list). */
  closeOnEscape?: boolean;
  ref?: Ref<HTMLElement>;
}

/**
 * Everything about the selected request: the diagnosis first, the raw facts in tabs. Every tab shows the record
 * as on-screen.ts masks it; only a click on a masked header value shows that value.
 */
export function DetailsPane({ record, records, onClose, closeOnEscape = false, ref }: Props) {
  const t = useT();
  const [tab, setTab] = useState<DetailTab>('diagnosis');
  const scroller = useRef<HTMLDivElement>(null);
  const { exchange, diagnosis, bodyText } = onScreen(record);
  // Another request starts at its top, not where the previous one was scrolled to.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is about the selection changing
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [record.id]);
  return (
    // Esc bubbling up from any control inside closes the pane (when it stands for the full list).
    <section
      className="details-pane"
      aria-label={t('ui_details_label')}
      ref={ref}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !closeOnEscape || !onClose) return;
        handled(event);
        onClose();
      }}
    >
      <DetailsTabs
        active={tab}
        onChange={setTab}
        panelRef={scroller}
        leading={
          onClose ? (
            <IconButton
              icon="close"
              label={t('ui_details_close')}
              className="close-details"
              testId="close-details"
              onClick={onClose}
            />
          ) : null
        }
        subheader={
          <p className="details-url" title={exchange.url}>
            <span className="method">{exchange.method}</span> <span className="url">{exchange.url}</span>
          </p>
        }
      >
        {tab === 'diagnosis' ? <DiagnosisView record={record} records={records} /> : null}
        {tab === 'headers' ? (
          <>
            <HeadersView
              title={t('ui_headers_request')}
              headers={exchange.requestHeaders}
              raw={record.exchange.requestHeaders}
            />
            <HeadersView
              title={t('ui_headers_response')}
              headers={exchange.responseHeaders}
              raw={record.exchange.responseHeaders}
            />
          </>
        ) : null}
        {tab === 'body' ? <BodyView body={exchange.body} text={bodyText} /> : null}
        {tab === 'sigv4' ? (
          <SigV4View
            exchange={exchange}
            region={diagnosis?.facts.region}
            evidence={sigv4Evidence(diagnosis)}
          />
        ) : null}
        {tab === 'jwt' ? <JwtView exchange={exchange} /> : null}
        {tab === 'timing' ? <TimingView timings={record.timings} total={record.totalTime} /> : null}
      </DetailsTabs>
    </section>
  );
}
