import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { DetailsPane } from '../ui/components/DetailsPane.tsx';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { RequestList } from '../ui/components/RequestList.tsx';
import { TranslateProvider } from '../ui/components/TranslateContext.tsx';
import { initialPanelState, panelReducer } from '../ui/state/reducer.ts';
import { unseenForbiddenCount, visibleIds } from '../ui/state/selectors.ts';
import type { RequestRecord } from '../ui/state/types.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { ExportDialog, type ExportScope } from './components/ExportDialog.tsx';
import { Notices } from './components/Notices.tsx';
import { RowContextMenu } from './components/RowContextMenu.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { useCapture } from './hooks/useCapture.ts';
import { useRowActions } from './hooks/useRowActions.ts';
import { useSettings } from './hooks/useSettings.ts';
import { useWorkerClient } from './hooks/useWorkerClient.ts';
import { MenuResultNotice } from './live/MenuResultNotice.tsx';
import { ReplayDialog } from './live/ReplayDialog.tsx';
import { useMenuResults } from './live/useMenuResults.ts';
import type { PanelServices } from './services.ts';
import { createActionBatcher } from './state/action-batcher.ts';

interface MenuAt {
  requestId: string;
  x: number;
  y: number;
}

export function App({ services }: { services: PanelServices }) {
  const { t } = services;
  const [state, dispatch] = useReducer(panelReducer, undefined, () => initialPanelState());
  const stateRef = useRef(state);
  stateRef.current = state;
  // Captures and worker replies come in bursts: they reach the reducer in batches, in arrival order.
  const enqueue = useMemo(() => createActionBatcher(dispatch), []);
  const client = useWorkerClient(services, enqueue);
  useCapture(services, enqueue, client, stateRef);
  const currentContext = useCallback(() => stateRef.current.context, []);
  useSettings(services, state.settings, dispatch);

  const ids = useMemo(() => visibleIds(state), [state]);
  const unseenForbidden = useMemo(() => unseenForbiddenCount(state), [state]);
  const selected = state.selectedId ? state.records[state.selectedId] : undefined;
  const details = useRef<HTMLElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<MenuAt>();
  const [exporting, setExporting] = useState<ExportScope>();
  const [replaying, setReplaying] = useState<RequestRecord>();
  const menuResults = useMenuResults(services.onMenuResult, dispatch);
  const [announcement, setAnnouncement] = useState('');

  const [theme, setTheme] = useState(services.theme);
  useEffect(() => services.onThemeChanged?.(setTheme), [services]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const onSelect = useCallback((requestId: string) => dispatch({ type: 'selected', requestId }), []);
  // Enter on a row lands on the cause card's title, or on the details tabs when there is no card.
  const focusDetails = useCallback(() => {
    const pane = details.current;
    (
      pane?.querySelector<HTMLElement>('.cause-title') ?? pane?.querySelector<HTMLElement>('[role="tab"]')
    )?.focus();
  }, []);
  const onClear = useCallback(() => {
    enqueue({ type: 'cleared' });
    client.reset('cleared');
  }, [client, enqueue]);
  const onContextMenu = useCallback(
    (requestId: string, x: number, y: number) => setMenu({ requestId, x, y }),
    [],
  );
  const closeMenu = useCallback(() => {
    setMenu(undefined);
    list.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  }, []);
  const exportRequest = useCallback(() => setExporting('selected'), []);
  const runRowAction = useRowActions({
    services,
    client,
    dispatch,
    exportRequest,
    replayRequest: setReplaying,
    announce: setAnnouncement,
    currentContext,
  });
  const visibleRecords = useMemo(
    () =>
      ids.map((id) => state.records[id]).filter((record): record is RequestRecord => record !== undefined),
    [ids, state.records],
  );

  return (
    <TranslateProvider value={t}>
      <main className="panel" data-testid="apigw403-panel">
        <h1 className="visually-hidden">{t('ext_name')}</h1>
        <Toolbar
          state={state}
          unseenForbidden={unseenForbidden}
          dispatch={dispatch}
          onClear={onClear}
          onExport={() => setExporting('all')}
        />
        <Notices state={state} onReload={services.reloadInspectedPage} />
        {menuResults.notice ? (
          <MenuResultNotice result={menuResults.notice} onDismiss={menuResults.dismissNotice} />
        ) : null}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <div className="split">
          <div className="list-column" ref={list}>
            <ErrorBoundary title={t('ui_list_crashed')} retryLabel={t('ui_retry')}>
              {ids.length === 0 ? (
                <EmptyState filtered={state.order.length > 0} loading={state.backfill === 'loading'} />
              ) : (
                <RequestList
                  state={state}
                  ids={ids}
                  onSelect={onSelect}
                  onMove={(to) => dispatch({ type: 'selectionMoved', visibleIds: ids, to })}
                  onOpen={focusDetails}
                  onContextMenu={onContextMenu}
                />
              )}
            </ErrorBoundary>
          </div>
          {selected ? (
            <ErrorBoundary title={t('ui_details_crashed')} retryLabel={t('ui_retry')} resetKey={selected.id}>
              <DetailsPane record={selected} records={state.records} ref={details} />
            </ErrorBoundary>
          ) : (
            <p className="details-placeholder muted">{t('ui_select_hint')}</p>
          )}
        </div>
        {menu && state.records[menu.requestId] ? (
          <RowContextMenu
            x={menu.x}
            y={menu.y}
            onClose={closeMenu}
            onAction={(action) => {
              const record = state.records[menu.requestId];
              closeMenu();
              if (record) {
                runRowAction(action, record).catch((error: unknown) =>
                  setAnnouncement(t('ui_action_failed', [String(error)])),
                );
              }
            }}
          />
        ) : null}
        {replaying ? (
          <ReplayDialog
            exchange={replaying.exchange}
            services={services.replay}
            onClose={() => setReplaying(undefined)}
          />
        ) : null}
        {exporting ? (
          <ExportDialog
            all={visibleRecords}
            context={state.context}
            selected={selected}
            initialScope={exporting}
            version={services.version}
            onClose={() => setExporting(undefined)}
          />
        ) : null}
      </main>
    </TranslateProvider>
  );
}
