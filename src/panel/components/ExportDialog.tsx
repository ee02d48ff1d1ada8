import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../ui/components/TranslateContext.tsx';
import type { ContextEntry, RequestRecord } from '../../ui/state/types.ts';
import { type CaptureExport, contextOfHost, exportCapture } from '../export/capture-har.ts';
import { downloadText, harFileName } from '../util/download.ts';
import { Dialog } from './Dialog.tsx';

export type ExportScope = 'all' | 'selected';

interface Props {
  all: RequestRecord[];
  /** The successes the diagnoses learnt from: exported with the requests they explain. */
  context: ContextEntry[];
  selected?: RequestRecord;
  initialScope: ExportScope;
  version: string;
  onClose(): void;
}

type Preview =
  | { status: 'working' }
  | { status: 'ready'; result: CaptureExport }
  | { status: 'failed'; message: string };

/**
 * Export as annotated HAR. Redaction is on by default and the dialog shows what it will replace, and how many
 * values, before anything is saved.
 */
export function ExportDialog({ all, context, selected, initialScope, version, onClose }: Props) {
  const t = useT();
  const [scope, setScope] = useState<ExportScope>(selected ? initialScope : 'all');
  const [redact, setRedact] = useState(true);
  const [preview, setPreview] = useState<Preview>({ status: 'working' });
  const records = useMemo(
    () => (scope === 'selected' && selected ? [selected] : all),
    [scope, selected, all],
  );
  const exportedContext = useMemo(
    () => (scope === 'selected' && selected ? contextOfHost(context, selected.exchange.host) : context),
    [scope, selected, context],
  );

  useEffect(() => {
    let current = true;
    setPreview({ status: 'working' });
    exportCapture(records, { redact, version, context: exportedContext }).then(
      (result) => current && setPreview({ status: 'ready', result }),
      (error: unknown) => current && setPreview({ status: 'failed', message: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [records, exportedContext, redact, version]);

  const save = () => {
    if (preview.status !== 'ready') return;
    const hosts = records.map((record) => record.exchange.host);
    downloadText(harFileName(hosts, new Date()), preview.result.text, 'application/json');
    onClose();
  };

  return (
    <Dialog title={t('ui_export_title')} onClose={onClose} testId="export-dialog">
      {selected ? (
        <fieldset>
          <legend>{t('ui_export_scope')}</legend>
          <label>
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'all'}
              onChange={() => setScope('all')}
            />
            {t('ui_export_scope_all', [String(all.length)])}
          </label>
          <label>
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'selected'}
              onChange={() => setScope('selected')}
            />
            {t('ui_export_scope_selected')}
          </label>
        </fieldset>
      ) : null}
      {/* The file holds more entries than rows when the diagnoses learnt from successes: said, not hidden. */}
      <p data-testid="export-count">
        {exportedContext.length > 0
          ? t('ui_export_count_with_context', [
              String(records.length + exportedContext.length),
              String(records.length),
              String(exportedContext.length),
            ])
          : t('ui_export_count', [String(records.length)])}
      </p>
      <label>
        <input type="checkbox" checked={redact} onChange={(event) => setRedact(event.target.checked)} />
        {t('ui_export_redact')}
      </label>
      <RedactionPreview preview={preview} redact={redact} />
      <div className="dialog-buttons">
        <button type="button" onClick={save} disabled={preview.status !== 'ready'}>
          {t('ui_export_save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('ui_cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function RedactionPreview({ preview, redact }: { preview: Preview; redact: boolean }) {
  const t = useT();
  if (preview.status === 'working') return <p className="muted">{t('ui_export_working')}</p>;
  if (preview.status === 'failed') return <p role="alert">{t('ui_export_failed', [preview.message])}</p>;
  if (!redact) return <p className="notice error">{t('ui_export_unredacted_warning')}</p>;
  const summary = preview.result.redaction;
  if (!summary || summary.values === 0)
    return <p data-testid="redaction-preview">{t('ui_export_nothing_to_redact')}</p>;
  return (
    <div data-testid="redaction-preview">
      <p>{t('ui_export_redaction_count', [String(summary.values)])}</p>
      <ul>
        {summary.items.map((item) => (
          <li key={`${item.kind}:${item.name}`}>
            {t('ui_export_redaction_item', [item.name, item.kind, String(item.values)])}
          </li>
        ))}
      </ul>
    </div>
  );
}
