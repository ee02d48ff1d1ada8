import { CopyButton } from './CopyButton.tsx';
import { useT } from './TranslateContext.tsx';

/** A shell command shown as text, with a copy button. */
export function CommandBlock({ command }: { command: string }) {
  const t = useT();
  return (
    <div className="command-block">
      <pre>
        <code>{command}</code>
      </pre>
      <CopyButton text={command} label={t('ui_copy_command')} />
    </div>
  );
}
