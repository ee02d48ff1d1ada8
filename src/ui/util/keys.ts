import type { KeyboardEvent } from 'react';

/**
 * Marks a key as ours. DevTools listens for keys on the panel's document (Esc toggles its Console drawer, F-keys
 * and shortcuts run its commands), so a key the panel acted on must not bubble up there as well.
 */
export function handled(event: KeyboardEvent | globalThis.KeyboardEvent): void {
  event.preventDefault();
  event.stopPropagation();
}
