import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useT } from '../../ui/components/TranslateContext.tsx';

export const ROW_ACTIONS = [
  'rediagnose',
  'replay',
  'copy-curl',
  'copy-curl-with-secrets',
  'copy-markdown',
  'export-har',
  'open-analyzer',
] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

interface Props {
  x: number;
  y: number;
  onAction(action: RowAction): void;
  onClose(): void;
}

const LABELS: Record<RowAction, string> = {
  rediagnose: 'ui_menu_rediagnose',
  replay: 'ui_menu_replay',
  'copy-curl': 'ui_menu_copy_curl',
  'copy-curl-with-secrets': 'ui_menu_copy_curl_secrets',
  'copy-markdown': 'ui_menu_copy_markdown',
  'export-har': 'ui_menu_export_har',
  'open-analyzer': 'ui_menu_open_analyzer',
};

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}

/** The row menu (right-click, Shift+F10 or the context-menu key), keyboard-operable like a native menu. */
export function RowContextMenu({ x, y, onAction, onClose }: Props) {
  const t = useT();
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menuItems(menu.current)[0]?.focus();
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = menuItems(menu.current);
    const current = all.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(current + 1);
    else if (event.key === 'ArrowUp') focusAt(current - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(all.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else if (event.key === 'Enter' || event.key === ' ') {
      const action = ROW_ACTIONS[current];
      if (action) onAction(action);
    } else return;
    event.preventDefault();
  };

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={t('ui_menu_label')}
      className="context-menu"
      data-testid="row-menu"
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
    >
      {ROW_ACTIONS.map((action) => (
        <button
          key={action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          data-action={action}
          onClick={() => onAction(action)}
        >
          {t(LABELS[action])}
        </button>
      ))}
    </div>
  );
}
