import { Fragment, type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { handled } from '../../ui/util/keys.ts';

export interface MenuItem<Id extends string> {
  id: Id;
  label: string;
  /** Shown apart and marked: the item gives away something the others keep back (a credential). */
  sensitive?: boolean;
  disabled?: boolean;
}

/** Items in groups; a separator is drawn between groups. */
export type MenuGroups<Id extends string> = Array<Array<MenuItem<Id>>>;

interface Props<Id extends string> {
  label: string;
  groups: MenuGroups<Id>;
  /** Where it was opened (pointer or row); it is moved back inside the window if it would overflow. */
  x: number;
  y: number;
  onAction(id: Id): void;
  onClose(): void;
  /** Shown after a sensitive item's label, e.g. "reveals secrets". */
  sensitiveNote?: string;
  testId?: string;
}

const TYPE_AHEAD_RESET_MS = 700;

/**
 * A vertical menu that behaves like DevTools' own: focus on the first item, arrows wrap, Home/End, type-ahead on
 * the labels, Enter/Space run, Escape/Tab close (the opener takes focus back), a click elsewhere closes.
 */
export function Menu<Id extends string>({
  label,
  groups,
  x,
  y,
  onAction,
  onClose,
  sensitiveNote,
  testId,
}: Props<Id>) {
  const menu = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: x, top: y });
  const typed = useRef({ text: '', at: 0 });

  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const box = element.getBoundingClientRect();
    setPosition({
      left: Math.max(0, Math.min(x, window.innerWidth - box.width)),
      top: Math.max(0, Math.min(y, window.innerHeight - box.height)),
    });
    element.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!element.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [x, y, onClose]);

  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []),
  ];

  const typeAhead = (key: string, all: HTMLElement[], current: number) => {
    const now = Date.now();
    const text = (now - typed.current.at > TYPE_AHEAD_RESET_MS ? '' : typed.current.text) + key.toLowerCase();
    typed.current = { text, at: now };
    // Search from the item after the current one, so pressing the same letter cycles through its items.
    const start = text.length === 1 ? current + 1 : current;
    for (let offset = 0; offset < all.length; offset++) {
      const item = all[(start + offset) % all.length];
      if (item?.textContent?.trim().toLowerCase().startsWith(text)) return item;
    }
    return undefined;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(current + 1);
    else if (event.key === 'ArrowUp') focusAt(current < 0 ? -1 : current - 1);
    else if (event.key === 'Home' || event.key === 'PageUp') focusAt(0);
    else if (event.key === 'End' || event.key === 'PageDown') focusAt(all.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else if (event.key === 'Enter' || event.key === ' ') {
      const id = all[current]?.dataset.action as Id | undefined;
      if (id) onAction(id);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typeAhead(event.key, all, current)?.focus();
    } else return;
    handled(event);
  };

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      aria-orientation="vertical"
      className="menu"
      data-testid={testId}
      style={position}
      onKeyDown={onKeyDown}
    >
      {groups.map((group, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: groups are fixed by the caller and never reorder
        <Fragment key={index}>
          {index > 0 ? <hr className="menu-separator" /> : null}
          {group.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-action={item.id}
              aria-disabled={item.disabled ? 'true' : undefined}
              className={item.sensitive ? 'menu-item sensitive' : 'menu-item'}
              onClick={() => {
                if (!item.disabled) onAction(item.id);
              }}
            >
              {item.label}
              {item.sensitive && sensitiveNote ? (
                <span className="menu-item-note"> — {sensitiveNote}</span>
              ) : null}
            </button>
          ))}
        </Fragment>
      ))}
    </div>
  );
}
