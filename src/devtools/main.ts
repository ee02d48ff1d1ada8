import { t } from '../platform/i18n.ts';
import { createDevtoolsPanel } from '../platform/panels.ts';
import { PANEL_PAGE } from '../shared/pages.ts';

const PANEL_ICON = 'icons/icon-32.png';

void createDevtoolsPanel(t('ext_name'), PANEL_ICON, PANEL_PAGE);
