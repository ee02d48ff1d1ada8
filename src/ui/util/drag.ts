import type { PointerEvent } from 'react';

/**
 * Follows a drag that started on a splitter or a column edge: every move until the button is released, wherever
 * the pointer goes (listening on the window, so leaving the thin bar does not end the drag).
 */
export function startDrag(event: PointerEvent, onMove: (clientX: number, clientY: number) => void): void {
  event.preventDefault();
  const move = (moved: globalThis.PointerEvent) => onMove(moved.clientX, moved.clientY);
  const stop = () => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', stop);
    window.removeEventListener('pointercancel', stop);
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', stop);
  window.addEventListener('pointercancel', stop);
}
