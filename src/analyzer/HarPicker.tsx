import { type DragEvent, useId, useState } from 'react';
import { useT } from '../ui/components/TranslateContext.tsx';

interface Props {
  onFile(file: File): void;
  busy: boolean;
  /** The file open now, shown by name (the browser's own file input would say "No file chosen"). */
  fileName: string | undefined;
}

/** Pick or drop one HAR file. The file is read in this page only. */
export function HarPicker({ onFile, busy, fileName }: Props) {
  const t = useT();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
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
        accept=".har,application/json"
        data-testid="har-file-input"
        disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
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
