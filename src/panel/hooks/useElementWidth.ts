import { type RefObject, useLayoutEffect, useState } from 'react';

/** The element's width in px, followed as it changes (DevTools docked, undocked, resized). */
export function useElementWidth(element: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(target.clientWidth || fallback));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, fallback]);
  return width;
}
