import { browser } from './browser.ts';

/**
 * One-shot messages between extension pages and the worker (runtime.sendMessage). Used where a reply is awaited
 * once and must not be re-sent automatically; the long-lived panel traffic goes over ports (ports.ts).
 */

/** Resolves with the first reply, or undefined when no extension page or worker answered. */
export async function sendRuntimeMessage(message: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch (error) {
    // Chrome rejects when no listener exists in any extension context; that is an answer too: nobody is there.
    if (error instanceof Error && /Receiving end does not exist/i.test(error.message)) return undefined;
    throw error;
  }
}

/**
 * Registers a handler for one-shot messages. The handler returns a promise of the reply for messages it
 * answers and undefined for the rest, so several pages can listen without swallowing each other's messages.
 */
export function onRuntimeMessage(handler: (message: unknown) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown) => handler(message);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
