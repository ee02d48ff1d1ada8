import { type KeyboardEvent, type ReactNode, type Ref, useId, useRef } from 'react';
import { handled } from '../util/keys.ts';
import { useT } from './TranslateContext.tsx';

export const DETAIL_TABS = ['diagnosis', 'headers', 'body', 'sigv4', 'jwt', 'timing'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

interface Props {
  active: DetailTab;
  onChange(tab: DetailTab): void;
  /** Before the tabs on their row (the × that closes the details, as in the Network panel). */
  leading: ReactNode;
  /** Under the tabs, staying in view with them (the request's URL). */
  subheader: ReactNode;
  /** The scrolling area under the header. */
  panelRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}

/**
 * WAI-ARIA tabs: one tab stop, arrows (and Home/End) move between tabs, the panel below follows. The tab row
 * stays put while the panel under it scrolls.
 */
export function DetailsTabs({ active, onChange, leading, subheader, panelRef, children }: Props) {
  const t = useT();
  const baseId = useId();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = DETAIL_TABS.indexOf(active);
    let next: number;
    if (event.key === 'ArrowRight') next = (index + 1) % DETAIL_TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + DETAIL_TABS.length) % DETAIL_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = DETAIL_TABS.length - 1;
    else return;
    handled(event);
    onChange(DETAIL_TABS[next] as DetailTab);
    tabs.current[next]?.focus();
  };
  return (
    <>
      <div className="details-header">
        <div className="details-tab-row">
          {leading}
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
        </div>
        {subheader}
      </div>
      <div
        ref={panelRef}
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-${active}`}
        className="tab-panel"
      >
        {children}
      </div>
    </>
  );
}
