import { onInstalledOrStartup, onMenuClicked, recreateMenuItem } from '../platform/context-menus.ts';
import { t } from '../platform/i18n.ts';
import { hasOriginAccess, requestOriginAccess } from '../platform/permissions.ts';
import { onPortConnected } from '../platform/ports.ts';
import { onRuntimeMessage, sendRuntimeMessage } from '../platform/runtime-messages.ts';
import { sessionStore } from '../platform/storage.ts';
import { onTabClosed, onToolbarButtonClicked, openExtensionPage } from '../platform/tabs.ts';
import { sendLiveRequest } from './live-request.ts';
import type { BackgroundServices } from './services.ts';

/** The real browser behind the worker's features. */
export function browserServices(): BackgroundServices {
  return {
    t,
    session: sessionStore,
    onPortConnected,
    onMessage: (answer) => {
      onRuntimeMessage(answer);
    },
    sendMessage: sendRuntimeMessage,
    hasOriginAccess,
    requestOriginAccess,
    menus: { onInstalledOrStartup, recreate: recreateMenuItem, onClicked: onMenuClicked },
    onTabClosed,
    onToolbarButtonClicked,
    openPage: openExtensionPage,
    send: (request) => sendLiveRequest(request),
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  };
}
