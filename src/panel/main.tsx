import { createRoot } from 'react-dom/client';
import { hasDevtoolsApi, unsupportedBrowserMessage } from '../platform/devtools-api.ts';
import { getRecordedRequests, onNavigated, onRequestFinished } from '../platform/devtools-network.ts';
import {
  inspectedTabId,
  onThemeChanged,
  pageRequestUrls,
  reloadInspectedPage,
  themeName,
} from '../platform/devtools-window.ts';
import { extensionVersion } from '../platform/extension-info.ts';
import { t } from '../platform/i18n.ts';
import { canRevealInNetworkPanel, revealInNetworkPanel } from '../platform/network-panel.ts';
import { connectToWorker } from '../platform/ports.ts';
import { sessionStore, settingsStore } from '../platform/storage.ts';
import { panelPortName } from '../shared/protocol.ts';
import { handedOverHarKey, PANEL_SETTINGS_KEY } from '../shared/storage-keys.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import type { PanelSettings } from '../ui/state/types.ts';
import { App } from './App.tsx';
import { onMenuResultFor } from './live/menu-result-source.ts';
import { liveRequest, replayServices } from './live/replay-client.ts';
import type { PanelServices } from './services.ts';
import '../ui/ui.css';

function browserServices(): PanelServices {
  const tabId = inspectedTabId();
  return {
    t,
    theme: themeName(),
    onThemeChanged,
    version: extensionVersion(),
    connectToWorker: () => connectToWorker(panelPortName(tabId)),
    network: { onRequestFinished, getRecordedRequests, onNavigated, pageRequestUrls },
    reloadInspectedPage,
    ...(canRevealInNetworkPanel() ? { revealInNetworkPanel } : {}),
    settings: {
      load: async () => (await settingsStore.get<Partial<PanelSettings>>(PANEL_SETTINGS_KEY)) ?? {},
      save: (settings) => settingsStore.set(PANEL_SETTINGS_KEY, settings),
    },
    async openInAnalyzer(harText) {
      // storage.session, not the URL: a HAR can be megabytes, and it must not land in the browser history.
      const key = handedOverHarKey(crypto.randomUUID());
      await sessionStore.set({ [key]: harText });
      await liveRequest('openAnalyzer', { harKey: key });
    },
    onMenuResult: (listener) => onMenuResultFor(tabId, listener),
    replay: replayServices,
  };
}

const root = document.getElementById('root');
if (root) {
  document.documentElement.lang = t('ui_lang_code');
  if (hasDevtoolsApi()) {
    createRoot(root).render(
      <ErrorBoundary title={t('ui_panel_crashed')} retryLabel={t('ui_retry')}>
        <App services={browserServices()} />
      </ErrorBoundary>,
    );
  } else {
    root.textContent = unsupportedBrowserMessage();
  }
}
