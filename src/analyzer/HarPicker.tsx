import { type DragEvent, useId, useState } from 'react';
import { useT } from '../ui/components/TranslateContext.tsx';

interface Props {
  onFiles(files: File[]): void;
  busy: boolean;
  /** What is open now, shown by name (the browser's own file input would say "No file chosen"). */
  fileName: string | undefined;
}

/** Pick or drop HAR files or text transcripts, one or several. Files are read in this page only. */
export function HarPicker({ onFiles, busy, fileName }: Props) {
  const t = useT();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <section
      className={`har-drop-zone${dragging ? ' dragging' : ''}`}
      data-testid="har-drop-zone"
      aria-labelledby={`${inputId}-label`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p id={`${inputId}-label`}>{t('ui_analyzer_drop_hint')}</p>
      <label htmlFor={inputId} className="file-button">
        {t('ui_analyzer_pick_file')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".har,.json,.txt,.log,application/json,text/plain"
        multiple
        data-testid="har-file-input"
        disabled={busy}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          if (files.length > 0) onFiles(files);
          event.currentTarget.value = '';
        }}
      />
      {fileName !== undefined ? (
        <p className="file-name" data-testid="har-file-name">
          {t('ui_analyzer_file_name', [fileName])}
        </p>
      ) : null}
      <p className="local-note">{t('ui_analyzer_local_note')}</p>
    </section>
  );
}
