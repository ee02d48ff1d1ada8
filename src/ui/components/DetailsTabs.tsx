import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { useT } from './TranslateContext.tsx';

export const DETAIL_TABS = ['diagnosis', 'headers', 'body', 'sigv4', 'jwt', 'timing'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

interface Props {
  active: DetailTab;
  onChange(tab: DetailTab): void;
  children: ReactNode;
}

/** WAI-ARIA tabs: one tab stop, arrows move between tabs, the panel below follows. */
export function DetailsTabs({ active, onChange, children }: Props) {
  const t = useT();
  const baseId = useId();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = DETAIL_TABS.indexOf(active);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = (index + delta + DETAIL_TABS.length) % DETAIL_TABS.length;
    onChange(DETAIL_TABS[next] as DetailTab);
    tabs.current[next]?.focus();
  };
  return (
    <div className="details-tabs">
      <div role="tablist" aria-label={t('ui_details_label')} onKeyDown={onKeyDown}>
        {DETAIL_TABS.map((tab, index) => (
          <button
            key={tab}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${tab}`}
            aria-selected={tab === active}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => onChange(tab)}
          >
            {t(`ui_tab_${tab}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-${active}`}
        className="tab-panel"
      >
        {children}
      </div>
    </div>
  );
}
