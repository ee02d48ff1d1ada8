/**
 * The service worker. Chrome may stop it at any moment and start it again for the next event, so every
 * listener is registered here, synchronously, at the top level; state lives in storage.session.
 * One line per feature: add yours below. Features get the browser as services, so tests pass fakes.
 */
import { registerAnalyzerButton } from './analyzer-button.ts';
import { browserServices } from './browser-services.ts';
import { registerContextMenus } from './context-menus.ts';
import { registerLiveRequests } from './live-requests.ts';
import { registerPanelPorts } from './panel-ports.ts';
import { registerTabCleanup } from './tab-cleanup.ts';
import { tabSessionStore } from './tab-session-store.ts';

const services = browserServices();
const tabSessions = tabSessionStore(services.session);

registerPanelPorts(services, tabSessions);
registerTabCleanup(services, tabSessions);
registerAnalyzerButton(services);
registerLiveRequests(services);
registerContextMenus(services);
