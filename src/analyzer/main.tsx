import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { broadcast, requestOver } from '../messaging/one-shot.ts';
import { t } from '../platform/i18n.ts';
import { requestOriginAccess } from '../platform/permissions.ts';
import { sendRuntimeMessage } from '../platform/runtime-messages.ts';
import { sessionStore } from '../platform/storage.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import { menuResultKey } from '../shared/storage-keys.ts';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { TranslateProvider } from '../ui/components/TranslateContext.tsx';
import { AnalyzerApp } from './AnalyzerApp.tsx';
import type { AnalyzerServices } from './services.ts';
import '../ui/ui.css';
import './analyzer.css';
import { takeHandedOverHar } from './handover.ts';

const request = requestOver(sendRuntimeMessage);

const services: AnalyzerServices = {
  t,
  loadMenuResult: (id) => sessionStore.get<MenuResult>(menuResultKey(id)),
  requestOriginAccess,
  async announceOriginAccess(origin, granted) {
    await broadcast(sendRuntimeMessage, 'originAccessAnswered', { origin, granted });
  },
  async diagnoseUrl(url, tabId) {
    const reply = await request('diagnoseUrl', { url, ...(tabId !== undefined ? { tabId } : {}) });
    return reply.resultId;
  },
  takeHandedOverHar: (key) => takeHandedOverHar(sessionStore, key),
};

document.documentElement.lang = t('ui_lang_code');
// ui.css follows DevTools' theme through data-theme; a browser tab follows the system's, also when it changes.
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const followSystemTheme = () => {
  document.documentElement.dataset.theme = systemDark.matches ? 'dark' : 'light';
};
followSystemTheme();
systemDark.addEventListener('change', followSystemTheme);
document.title = t('ui_analyzer_title');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <TranslateProvider value={t}>
        <ErrorBoundary title={t('ui_analyzer_crashed')} retryLabel={t('ui_analyzer_retry')}>
          <AnalyzerApp services={services} />
        </ErrorBoundary>
      </TranslateProvider>
    </StrictMode>,
  );
}
