import type { Translate } from '../core/index.ts';
import type { PortLike } from '../messaging/port-like.ts';
import type { Unsubscribe } from '../platform/devtools-network.ts';
import type { ThemeName } from '../platform/devtools-window.ts';
import type { CapturedRequest } from '../shared/captured-request.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import type { PanelSettings } from '../ui/state/types.ts';
import type { ReplayServices } from './live/ReplayDialog.tsx';

/**
 * Everything the panel needs from the outside world. main.tsx wires the real browser in (through platform/);
 * tests pass fakes, so every component runs in jsdom without an extension.
 */
export interface PanelServices {
  t: Translate;
  /** The DevTools theme when the panel opened… */
  theme: ThemeName;
  /** …and its later changes, where the browser reports them. */
  onThemeChanged?(listener: (theme: ThemeName) => void): Unsubscribe;
  /** The extension's version, stamped into exported HAR annotations. */
  version: string;
  /** Opens a port to the service worker, named for the inspected tab. */
  connectToWorker(): PortLike;
  network: {
    onRequestFinished(listener: (request: CapturedRequest) => void): Unsubscribe;
    getRecordedRequests(): Promise<CapturedRequest[]>;
    onNavigated(listener: (url: string) => void): Unsubscribe;
    /** URLs of the fetch/XHR calls the page made since it loaded, by its own account (Resource Timing). */
    pageRequestUrls(): Promise<string[]>;
  };
  reloadInspectedPage(): void;
  /** Shows the request in DevTools' Network panel; absent where the browser does not let an extension do it. */
  revealInNetworkPanel?(url: string): void;
  settings: {
    load(): Promise<Partial<PanelSettings>>;
    save(settings: PanelSettings): Promise<void>;
  };
  /** Opens the offline analyzer page on the given HAR text. */
  openInAnalyzer(harText: string): Promise<void>;
  /** "Diagnose with API Gateway 403" results for the inspected tab, shown in this panel instead of a new tab. */
  onMenuResult(listener: (result: MenuResult) => void): Unsubscribe;
  /** Re-sends a captured request from the worker, after the user confirmed it. */
  replay: ReplayServices;
}
