import type { PortLike } from '../messaging/port-like.ts';
import { browser } from './browser.ts';

/** Opens a port to the service worker (waking it if Chrome stopped it). Throws when the extension was reloaded. */
export function connectToWorker(name: string): PortLike {
  return browser.runtime.connect({ name });
}

/** Registers the worker's port listener; call at the top level of the worker so a restart re-registers it. */
export function onPortConnected(listener: (port: PortLike) => void): void {
  browser.runtime.onConnect.addListener(listener);
}
