import { type FormEvent, useId, useState } from 'react';
import { useT } from '../ui/components/TranslateContext.tsx';
import './inputs.css';

/**
 * "Paste what you have": a `curl -v` output, raw HTTP, HTTPie, a Postman console copy, AWS CLI `--debug`, a HAR, or
 * just the error body. The format is detected by inputs/ (InputNotes says what it was read as).
 */
export function PasteBox({ onText, busy }: { onText(text: string): void; busy: boolean }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '') onText(text);
  };
  return (
    <form className="paste-box" data-testid="paste-box" onSubmit={onSubmit}>
      <label htmlFor={id}>{t('ui_analyzer_paste_label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('ui_analyzer_paste_hint')}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        data-testid="paste-text"
        rows={8}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" data-testid="paste-submit" disabled={busy || text.trim() === ''}>
        {t('ui_analyzer_paste_submit')}
      </button>
    </form>
  );
}
