import { useState } from 'react';
import { CommandBlock } from './CommandBlock.tsx';
import { useT } from './TranslateContext.tsx';

/** The commands of a card: the first one shown, the rest one click away, so the card stays one screen long. */
export function CommandList({ commands }: { commands: string[] }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const [first, ...rest] = commands;
  if (first === undefined) return null;
  return (
    <div className="command-list" data-testid="command-list">
      <CommandBlock command={first} />
      {expanded ? rest.map((command) => <CommandBlock key={command} command={command} />) : null}
      {rest.length > 0 ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('ui_commands_show_fewer') : t('ui_commands_show_all', [String(commands.length)])}
        </button>
      ) : null}
    </div>
  );
}
