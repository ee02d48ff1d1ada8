import type { Dispatch } from 'react';
import { IconButton } from '../../ui/components/Icons.tsx';
import { FilterBox, ScopeChips } from '../../ui/components/ListFilters.tsx';
import { useT } from '../../ui/components/TranslateContext.tsx';
import type { PanelAction } from '../../ui/state/actions.ts';
import type { PanelState } from '../../ui/state/types.ts';

interface Props {
  state: PanelState;
  unseenForbidden: number;
  dispatch: Dispatch<PanelAction>;
  onClear(): void;
  onExport(): void;
  onSettings(): void;
  /** Shows the newest 403 the user has not looked at yet. */
  onShowNew(): void;
}

/** One row, like the Network panel's: icon buttons, the filter, filter chips, Keep log, settings. */
export function Toolbar({
  state,
  unseenForbidden,
  dispatch,
  onClear,
  onExport,
  onSettings,
  onShowNew,
}: Props) {
  const t = useT();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('ui_toolbar_label')}>
      <IconButton icon="clear" label={t('ui_clear')} onClick={onClear} />
      <IconButton
        icon="export"
        label={t('ui_export_har')}
        onClick={onExport}
        disabled={state.order.length === 0}
      />
      <span className="toolbar-divider" />
      <FilterBox text={state.filterText} dispatch={dispatch} />
      <ScopeChips scope={state.scope} dispatch={dispatch} />
      <label className="keep-log" title={t('ui_preserve_log_hint')}>
        <input
          type="checkbox"
          checked={state.settings.preserveLog}
          onChange={(event) =>
            dispatch({ type: 'settingsChanged', settings: { preserveLog: event.target.checked } })
          }
        />
        <span className="keep-log-text">{t('ui_preserve_log')}</span>
      </label>
      {unseenForbidden > 0 ? (
        <button
          type="button"
          className="new-chip"
          data-testid="new-403-badge"
          title={t('ui_badge_hint')}
          aria-label={t('ui_badge_label', [String(unseenForbidden)])}
          onClick={onShowNew}
        >
          {t('ui_badge_text', [String(unseenForbidden)])}
        </button>
      ) : null}
      <span className="toolbar-spacer" />
      <IconButton icon="settings" label={t('ui_settings')} onClick={onSettings} />
    </div>
  );
}
