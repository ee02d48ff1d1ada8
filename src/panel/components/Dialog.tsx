import { type KeyboardEvent, type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import { handled } from '../../ui/util/keys.ts';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** `data-*` attributes for tests that follow the dialog's steps. */
  data?: Record<`data-${string}`, string>;
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: focus moves in (first control), Tab and Shift+Tab cycle inside it, Escape closes it without
 * reaching DevTools, and focus goes back to what had it before (the row, the toolbar button).
 */
export function Dialog({ title, onClose, children, className, testId, data }: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    (element?.querySelector<HTMLElement>(FOCUSABLE) ?? element)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      handled(event);
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) {
      handled(event);
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialog.current?.contains(active))) {
      handled(event);
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.current?.contains(active))) {
      handled(event);
      first.focus();
    } else {
      // Tab moving inside the dialog is the browser's job; only DevTools must not see it.
      event.stopPropagation();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        {...data}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
