import { useState } from 'react';
import { copyText } from '../util/clipboard.ts';
import { useT } from './TranslateContext.tsx';

interface Props {
  text: string;
  /** Accessible name, e.g. "Copy command". */
  label: string;
}

export function CopyButton({ text, label }: Props) {
  const t = useT();
  const [outcome, setOutcome] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onClick = async () => setOutcome((await copyText(text)) ? 'copied' : 'failed');
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={label}
      onClick={onClick}
      onBlur={() => setOutcome('idle')}
    >
      {outcome === 'copied' ? t('ui_copied') : outcome === 'failed' ? t('ui_copy_failed') : t('ui_copy')}
    </button>
  );
}
