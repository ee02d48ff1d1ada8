import { type KeyboardEvent, useRef } from 'react';
import { startDrag } from '../../ui/util/drag.ts';
import { handled } from '../../ui/util/keys.ts';

interface Props {
  /** Share (0..1) of the container's width the first pane takes. */
  share: number;
  onChange(share: number): void;
  label: string;
}

export const MIN_SHARE = 0.15;
export const MAX_SHARE = 0.85;
const KEY_STEP = 0.05;

export function clampShare(share: unknown, fallback: number): number {
  return typeof share === 'number' && Number.isFinite(share)
    ? Math.min(MAX_SHARE, Math.max(MIN_SHARE, share))
    : fallback;
}

/** The draggable bar between the list and the details beside it; arrows, Home and End move it from the keyboard. */
export function Splitter({ share, onChange, label }: Props) {
  const bar = useRef<HTMLDivElement>(null);

  const shareAt = (clientX: number) => {
    const container = bar.current?.parentElement?.getBoundingClientRect();
    if (!container) return share;
    return clampShare((clientX - container.left) / container.width, share);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    let next: number;
    if (event.key === 'ArrowLeft') next = share - KEY_STEP;
    else if (event.key === 'ArrowRight') next = share + KEY_STEP;
    else if (event.key === 'Home') next = MIN_SHARE;
    else if (event.key === 'End') next = MAX_SHARE;
    else return;
    handled(event);
    onChange(clampShare(next, share));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot take focus or be dragged; a focusable separator is the ARIA window splitter
    <div
      ref={bar}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation="vertical"
      aria-valuemin={Math.round(MIN_SHARE * 100)}
      aria-valuemax={Math.round(MAX_SHARE * 100)}
      aria-valuenow={Math.round(share * 100)}
      className="splitter"
      data-testid="splitter"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => startDrag(event, (x) => onChange(shareAt(x)))}
    />
  );
}
