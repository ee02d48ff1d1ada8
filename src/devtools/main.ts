import { t } from '../platform/i18n.ts';
import { createDevtoolsPanel } from '../platform/panels.ts';

/**
 * Paths inside the extension, as emitted (the panel page is a build input in vite.config.ts, kept at its source
 * path). The leading slash matters: Chrome resolves these against the extension root, Firefox against this
 * devtools page, and a root-relative path means the same file in both.
 */
const PANEL_PAGE = '/src/panel/index.html';
const PANEL_ICON = '/icons/icon-32.png';

void createDevtoolsPanel(t('ext_name'), PANEL_ICON, PANEL_PAGE);
