import { browser } from './browser.ts';

export type OriginAccess =
  | { granted: true }
  | { granted: false; reason: 'declined' | 'error'; message?: string };

function originPatterns(origin: string): string[] {
  return [`${origin}/*`];
}

/**
 * Whether this page may ask for host access itself. Chrome's DevTools panels may; Firefox's have no permissions
 * API at all (only the background and extension tabs do), so the panel asks through an extension tab there.
 */
export function canRequestAccessHere(): boolean {
  return typeof browser.permissions?.request === 'function';
}

export async function hasOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: originPatterns(origin) });
  } catch {
    return false;
  }
}

/**
 * Asks for host access to one origin (from `optional_host_permissions`; nothing is granted at install).
 * Chrome only shows its prompt during a user gesture, and the gesture ends at the first await, so this MUST be
 * called synchronously from the click (or context-menu) handler. Without a gesture Chrome throws "This function
 * must be called during a user gesture" even when access is already held, so the grant is checked alongside.
 */
export async function requestOriginAccess(origin: string): Promise<OriginAccess> {
  const origins = originPatterns(origin);
  const asked: Promise<OriginAccess> = browser.permissions.request({ origins }).then(
    (granted): OriginAccess => (granted ? { granted: true } : { granted: false, reason: 'declined' }),
    (error: unknown): OriginAccess => ({
      granted: false,
      reason: 'error',
      message: error instanceof Error ? error.message : String(error),
    }),
  );
  const [answer, held] = await Promise.all([asked, hasOriginAccess(origin)]);
  return held ? { granted: true } : answer;
}
