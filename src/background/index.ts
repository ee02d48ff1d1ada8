/**
 * The service worker. Chrome may stop it at any moment and start it again for the next event, so every
 * listener is registered here, synchronously, at the top level; state lives in storage.session.
 * One line per feature: add yours below.
 */
import { registerAnalyzerButton } from './analyzer-button.ts';
import { registerLiveRequestHandlers } from './live-request-handlers.ts';
import { registerPanelPorts } from './panel-ports.ts';
import { registerTabCleanup } from './tab-cleanup.ts';

registerPanelPorts();
registerTabCleanup();
registerAnalyzerButton();
registerLiveRequestHandlers();
