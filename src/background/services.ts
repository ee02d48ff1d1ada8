import type { Translate } from '../core/index.ts';
import type { Answer, Send } from '../messaging/one-shot.ts';
import type { PortLike } from '../messaging/port-like.ts';
import type { MenuClick, MenuItem } from '../platform/context-menus.ts';
import type { OriginAccess } from '../platform/permissions.ts';
import type { ReplayRequest } from '../shared/replay-plan.ts';
import type { LiveAnswer } from './live-request.ts';

/** storage.session as the worker uses it: it outlives the worker (Chrome stops it when idle), not the browser. */
export interface SessionStore {
  get<T>(key: string): Promise<T | undefined>;
  getMany(keys: string[]): Promise<Record<string, unknown>>;
  set(values: Record<string, unknown>): Promise<void>;
  keys(): Promise<string[]>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Everything the worker's features need from the browser, passed in (the panel's PanelServices pattern):
 * browser-services.ts wires the real browser, tests pass fakes (test-support/fake-background.ts).
 */
export interface BackgroundServices {
  t: Translate;
  session: SessionStore;
  /** Register at the top level of the worker: a restarted worker must listen again before the event arrives. */
  onPortConnected(listener: (port: PortLike) => void): void;
  onMessage(answer: Answer): void;
  sendMessage: Send;
  hasOriginAccess(origin: string): Promise<boolean>;
  /** Only prompts during a user gesture: call it synchronously from the click. */
  requestOriginAccess(origin: string): Promise<OriginAccess>;
  menus: {
    onInstalledOrStartup(listener: () => void): void;
    recreate(item: MenuItem): Promise<void>;
    onClicked(listener: (click: MenuClick) => void): void;
  };
  onTabClosed(listener: (tabId: number) => void): void;
  onToolbarButtonClicked(listener: () => void): void;
  openPage(pathWithHash: string): Promise<void>;
  /** Sends a request on the user's behalf (replay, right-click diagnosis). */
  send(request: ReplayRequest): Promise<LiveAnswer>;
  newId(): string;
  now(): Date;
}
