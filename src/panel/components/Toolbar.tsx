import type { Dispatch } from 'react';
import { useT } from '../../ui/components/TranslateContext.tsx';
import type { PanelAction } from '../../ui/state/actions.ts';
import type { PanelState, Scope } from '../../ui/state/types.ts';

interface Props {
  state: PanelState;
  unseenForbidden: number;
  dispatch: Dispatch<PanelAction>;
  onClear(): void;
  onExport(): void;
}

const MIN_MAX_REQUESTS = 100;
const MAX_MAX_REQUESTS = 50_000;

const SCOPES: Array<{ scope: Scope; label: string }> = [
  { scope: 'api-gateway', label: 'ui_scope_api_gateway' },
  { scope: 'all-4xx', label: 'ui_scope_all_4xx' },
];

export function Toolbar({ state, unseenForbidden, dispatch, onClear, onExport }: Props) {
  const t = useT();
  // Committed on blur or Enter, not per keystroke: typing "5000" must not pass through a limit of 5.
  const commitMaxRequests = (value: number) => {
    if (Number.isInteger(value) && value >= MIN_MAX_REQUESTS && value <= MAX_MAX_REQUESTS) {
      dispatch({ type: 'settingsChanged', settings: { maxRequests: value } });
    }
  };
  return (
    <div className="toolbar" role="toolbar" aria-label={t('ui_toolbar_label')}>
      <button type="button" onClick={onClear}>
        {t('ui_clear')}
      </button>
      <input
        type="search"
        className="filter"
        aria-label={t('ui_filter_label')}
        placeholder={t('ui_filter_placeholder')}
        value={state.filterText}
        onChange={(event) => dispatch({ type: 'filterChanged', text: event.target.value })}
      />
      <fieldset className="scope">
        <legend className="visually-hidden">{t('ui_scope_label')}</legend>
        {SCOPES.map(({ scope, label }) => (
          <label key={scope}>
            <input
              type="radio"
              name="scope"
              checked={state.scope === scope}
              onChange={() => dispatch({ type: 'scopeChanged', scope })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={state.settings.preserveLog}
          onChange={(event) =>
            dispatch({ type: 'settingsChanged', settings: { preserveLog: event.target.checked } })
          }
        />
        {t('ui_preserve_log')}
      </label>
      <label className="max-requests">
        {t('ui_settings_max_requests')}
        <input
          type="number"
          min={MIN_MAX_REQUESTS}
          max={MAX_MAX_REQUESTS}
          step={100}
          defaultValue={state.settings.maxRequests}
          key={state.settings.maxRequests}
          onBlur={(event) => commitMaxRequests(event.currentTarget.valueAsNumber)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitMaxRequests(event.currentTarget.valueAsNumber);
          }}
        />
      </label>
      <button type="button" onClick={onExport} disabled={state.order.length === 0}>
        {t('ui_export_har')}
      </button>
      {unseenForbidden > 0 ? (
        <button
          type="button"
          className="badge"
          data-testid="new-403-badge"
          title={t('ui_badge_hint')}
          aria-label={t('ui_badge_label', [String(unseenForbidden)])}
          onClick={() => dispatch({ type: 'allSeen' })}
        >
          {unseenForbidden}
        </button>
      ) : null}
    </div>
  );
}
