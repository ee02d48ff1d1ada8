import { useEffect, useState } from 'react';

/**
 * Whether a media query holds, followed as it changes. The panel fills its iframe, so a width query on the
 * viewport is the panel's width (DevTools docked right, bottom, undocked, or resized by the user).
 */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}
