import { t } from '../platform/i18n.ts';
import { createDevtoolsPanel } from '../platform/panels.ts';

/** Path of the panel page as emitted in dist/ (a build input in vite.config.ts, kept at its source path). */
const PANEL_PAGE = 'src/panel/index.html';
const PANEL_ICON = 'icons/icon-32.png';

void createDevtoolsPanel(t('ext_name'), PANEL_ICON, PANEL_PAGE);
