import { CopyButton } from './CopyButton.tsx';
import { useT } from './TranslateContext.tsx';

/** A shell command shown as text, with a copy button. */
export function CommandBlock({ command }: { command: string }) {
  const t = useT();
  return (
    <div className="command-block">
      {/* Long commands scroll sideways instead of wrapping mid-word: focusable, so the keyboard can scroll too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable). */}
      <pre tabIndex={0}>
        <code>{command}</code>
      </pre>
      <CopyButton text={command} label={t('ui_copy_command')} />
    </div>
  );
}
