import type { Translate } from '../core/index.ts';
import type { OriginAccess } from '../platform/permissions.ts';
import type { MenuResult } from '../shared/live-protocol.ts';

/**
 * What the analyzer page needs from the browser. main.tsx wires the extension in through platform/; component
 * tests pass fakes, so the page runs in jsdom.
 */
export interface AnalyzerServices {
  t: Translate;
  loadMenuResult(id: string): Promise<MenuResult | undefined>;
  /** Must be called synchronously from a click: Chrome only prompts during a user gesture. */
  requestOriginAccess(origin: string): Promise<OriginAccess>;
  /** Tells the panel waiting on the access page what the user answered for `origin`. */
  announceOriginAccess(origin: string, granted: boolean): Promise<void>;
  /** Asks the worker to diagnose the URL again; resolves with the new result's id. */
  diagnoseUrl(url: string, tabId: number | undefined): Promise<string>;
  /** A HAR the panel handed over ("Open in the analyzer page"), by its storage key; removed from storage once read. */
  takeHandedOverHar(key: string): Promise<string | undefined>;
}
