import { useEffect, useRef } from 'react';
import { DetailsPane } from '../ui/components/DetailsPane.tsx';
import { FilterBox, ScopeChips } from '../ui/components/ListFilters.tsx';
import { RequestList } from '../ui/components/RequestList.tsx';
import { useT } from '../ui/components/TranslateContext.tsx';
import { visibleRows } from '../ui/state/selectors.ts';
import { HarPicker } from './HarPicker.tsx';
import { harIssueText } from './har-issue-text.ts';
import { InputNotes } from './InputNotes.tsx';
import { PasteBox } from './PasteBox.tsx';
import type { AnalyzerServices } from './services.ts';
import { useHarAnalysis } from './useHarAnalysis.ts';

interface Props {
  services: AnalyzerServices;
  /** Storage key of a HAR the panel handed over; analysed on open. */
  handedOverKey?: string;
}

/** The hash named the HAR the panel handed over; once another input is open it would only mislead a reload. */
function forgetHandedOverHash(): void {
  if (window.location.hash !== '')
    history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** Offline HAR analysis with the panel's own list and cause cards. */
export function HarAnalyzer({ services, handedOverKey }: Props) {
  const t = useT();
  const { state, dispatch, status, analyze } = useHarAnalysis();
  const details = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!handedOverKey) return;
    void services.takeHandedOverHar(handedOverKey).then((text) => {
      if (text !== undefined) void analyze([{ name: t('ui_analyzer_handed_over_name'), text }]);
    });
  }, [handedOverKey, services, analyze, t]);

  const { ids } = visibleRows(state, t);
  const selected = state.selectedId ? state.records[state.selectedId] : undefined;
  const analysis = status.phase === 'done' ? status.analysis : undefined;
  const flaggedCount = analysis?.entries.filter((entry) => entry.diagnosis.flagged).length ?? 0;

  return (
    <main className="analyzer" data-testid="analyzer-page">
      <h1>{t('ui_analyzer_title')}</h1>
      <div className="analyzer-inputs">
        <HarPicker
          busy={status.phase === 'reading'}
          fileName={status.phase === 'idle' ? undefined : status.name}
          onFiles={(files) => {
            forgetHandedOverHash();
            void analyze(files.map((file) => ({ name: file.name, file })));
          }}
        />
        <PasteBox
          busy={status.phase === 'reading'}
          onText={(text) => {
            forgetHandedOverHash();
            void analyze([{ name: t('ui_analyzer_pasted_name'), text }]);
          }}
        />
      </div>
      {status.phase === 'reading' ? (
        <p role="status" className="analyzer-progress">
          {t('ui_analyzer_reading', [status.name, String(status.entriesRead)])}
        </p>
      ) : null}
      {status.phase === 'done' ? <InputNotes outcomes={status.outcomes} /> : null}
      {analysis?.error ? (
        <div
          role="alert"
          className="banner banner-error"
          data-testid="har-error-banner"
          data-code={analysis.error.code}
        >
          <p>{t('ui_analyzer_file_error', [status.phase === 'done' ? status.name : ''])}</p>
          <p className="reason">{harIssueText(t, 'error', analysis.error)}</p>
          {analysis.entryCount > 0 ? <p>{t('ui_analyzer_partial', [String(analysis.entryCount)])}</p> : null}
        </div>
      ) : null}
      {analysis && analysis.warnings.length > 0 ? (
        <details className="banner banner-warning" data-testid="har-warnings">
          <summary>{t('ui_analyzer_warnings', [String(analysis.warnings.length)])}</summary>
          <ul>
            {analysis.warnings.map((warning) => (
              <li key={`${warning.code}:${warning.detail ?? ''}`}>
                {harIssueText(t, 'warning', warning)} ({warning.count})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {analysis ? (
        <p role="status" data-testid="analyzer-summary">
          {t('ui_analyzer_summary', [String(analysis.entryCount), String(flaggedCount)])}
        </p>
      ) : null}
      {analysis && analysis.entries.length > 0 ? (
        <div className="analyzer-results">
          <div className="list-filters">
            <FilterBox text={state.filterText} dispatch={dispatch} />
            <ScopeChips scope={state.scope} dispatch={dispatch} />
          </div>
          <RequestList
            state={state}
            ids={ids}
            onSelect={(requestId) => dispatch({ type: 'selected', requestId })}
            onMove={(to, pageSize) => dispatch({ type: 'selectionMoved', visibleIds: ids, to, pageSize })}
            onOpen={() => details.current?.querySelector<HTMLElement>('h2, [role="tab"]')?.focus()}
            onContextMenu={() => undefined}
            onSort={(sort) => dispatch({ type: 'sortChanged', sort })}
            onResizeColumn={(column, width) =>
              dispatch({
                type: 'settingsChanged',
                settings: { columnWidths: { ...state.settings.columnWidths, [column]: width } },
              })
            }
          />
          {selected ? (
            <DetailsPane record={selected} records={state.records} ref={details} />
          ) : (
            <p className="hint">{t('ui_select_hint')}</p>
          )}
        </div>
      ) : null}
    </main>
  );
}
