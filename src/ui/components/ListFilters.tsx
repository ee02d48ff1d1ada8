import type { Dispatch } from 'react';
import type { PanelAction } from '../state/actions.ts';
import type { Scope } from '../state/types.ts';
import { useT } from './TranslateContext.tsx';

const SCOPES: Array<{ scope: Scope; label: string }> = [
  { scope: 'api-gateway', label: 'ui_scope_api_gateway' },
  { scope: 'all-4xx', label: 'ui_scope_all_4xx' },
];

/** The filter box over the request list (syntax in its tooltip), the same in the panel and the analyzer page. */
export function FilterBox({ text, dispatch }: { text: string; dispatch: Dispatch<PanelAction> }) {
  const t = useT();
  return (
    <input
      type="search"
      className="filter"
      aria-label={t('ui_filter_label')}
      placeholder={t('ui_filter_placeholder')}
      title={t('ui_filter_hint')}
      value={text}
      onChange={(event) => dispatch({ type: 'filterChanged', text: event.target.value })}
    />
  );
}

/** Which requests the list shows, as filter chips like the Network panel's resource-type chips. */
export function ScopeChips({ scope, dispatch }: { scope: Scope; dispatch: Dispatch<PanelAction> }) {
  const t = useT();
  return (
    <fieldset className="chips">
      <legend className="visually-hidden">{t('ui_scope_label')}</legend>
      {SCOPES.map((option) => (
        <button
          key={option.scope}
          type="button"
          className="chip"
          aria-pressed={scope === option.scope}
          onClick={() => dispatch({ type: 'scopeChanged', scope: option.scope })}
        >
          {t(option.label)}
        </button>
      ))}
    </fieldset>
  );
}
