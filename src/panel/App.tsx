import { type CSSProperties, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { DetailsPane } from '../ui/components/DetailsPane.tsx';
import { ErrorBoundary } from '../ui/components/ErrorBoundary.tsx';
import { RequestList } from '../ui/components/RequestList.tsx';
import { TranslateProvider } from '../ui/components/TranslateContext.tsx';
import { initialPanelState, panelReducer } from '../ui/state/reducer.ts';
import { flaggedCount, unseenForbiddenCount, visibleRows } from '../ui/state/selectors.ts';
import { DEFAULT_SETTINGS, type RequestRecord } from '../ui/state/types.ts';
import { ConfirmDialog } from './components/ConfirmDialog.tsx';
import { EmptyState } from './components/EmptyState.tsx';
import { ExportDialog, type ExportScope } from './components/ExportDialog.tsx';
import { Notices } from './components/Notices.tsx';
import { RowContextMenu } from './components/RowContextMenu.tsx';
import { SettingsDialog } from './components/SettingsDialog.tsx';
import { clampShare, Splitter } from './components/Splitter.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { useCapture } from './hooks/useCapture.ts';
import { useMediaQuery } from './hooks/useMediaQuery.ts';
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

/**
 * Below 700 px (DevTools docked right) the panel works as the Network panel does there: the list keeps every
 * column until a request is opened, then shrinks to one Name column beside the details; Esc or × brings the full
 * list back.
 */
const NARROW_QUERY = '(max-width: 699.98px)';
/** How long the status bar shows what the last action did. */
const FEEDBACK_MS = 4000;

export function App({ services }: { services: PanelServices }) {
  const { t } = services;
  const [state, dispatch] = useReducer(panelReducer, undefined, () => initialPanelState());
  const stateRef = useRef(state);
  stateRef.current = state;
  // Captures and worker replies come in bursts: they reach the reducer in batches, in arrival order.
  const enqueue = useMemo(() => createActionBatcher(dispatch), []);
  const client = useWorkerClient(services, enqueue);
  const pendingContext = useCapture(services, enqueue, client, stateRef);
  const currentContext = useCallback(() => stateRef.current.context, []);
  useSettings(services, state.settings, dispatch);

  const { ids, hidden } = useMemo(() => visibleRows(state, t), [state, t]);
  const unseenForbidden = useMemo(() => unseenForbiddenCount(state), [state]);
  const flagged = useMemo(() => flaggedCount(state), [state]);
  const selected = state.selectedId ? state.records[state.selectedId] : undefined;
  const details = useRef<HTMLElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const narrow = useMediaQuery(NARROW_QUERY);
  const compact = narrow && selected !== undefined;
  const [menu, setMenu] = useState<MenuAt>();
  const [exporting, setExporting] = useState<ExportScope>();
  const [replaying, setReplaying] = useState<RequestRecord>();
  const [dialog, setDialog] = useState<'settings' | 'confirm-reload'>();
  const menuResults = useMenuResults(services.onMenuResult, dispatch);
  const [feedback, setFeedback] = useState('');

  useEffect(() => {
    if (feedback === '') return;
    const timer = setTimeout(() => setFeedback(''), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  const [theme, setTheme] = useState(services.theme);
  useEffect(() => services.onThemeChanged?.(setTheme), [services]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const focusGrid = useCallback(() => {
    list.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  }, []);
  const onSelect = useCallback((requestId: string) => dispatch({ type: 'selected', requestId }), []);
  // Enter on a row lands on the cause card's title, or on the details tabs when there is no card.
  const focusDetails = useCallback(() => {
    const pane = details.current;
    (
      pane?.querySelector<HTMLElement>('.cause-title') ?? pane?.querySelector<HTMLElement>('[role="tab"]')
    )?.focus();
  }, []);
  const closeDetails = useCallback(() => {
    dispatch({ type: 'selected', requestId: undefined });
    focusGrid();
  }, [focusGrid]);
  const onClear = useCallback(() => {
    pendingContext.drop();
    enqueue({ type: 'cleared' });
    client.reset('cleared');
  }, [client, enqueue, pendingContext]);
  const onContextMenu = useCallback(
    (requestId: string, x: number, y: number) => setMenu({ requestId, x, y }),
    [],
  );
  const closeMenu = useCallback(() => {
    setMenu(undefined);
    focusGrid();
  }, [focusGrid]);
  // Reloading clears the list unless Keep log is on: asked first, since diagnoses cannot be brought back.
  const reload = useCallback(() => {
    if (stateRef.current.order.length > 0 && !stateRef.current.settings.preserveLog)
      setDialog('confirm-reload');
    else services.reloadInspectedPage();
  }, [services]);
  const showNew = useCallback(() => {
    const current = stateRef.current;
    const first = ids.find((id) => {
      const record = current.records[id];
      return record?.exchange.status === 403 && !record.seen && !record.backfilled;
    });
    dispatch({ type: 'allSeen' });
    if (first) dispatch({ type: 'selected', requestId: first });
    focusGrid();
  }, [ids, focusGrid]);
  // Successes wait up to a batch period before they reach the state: the export must not miss one a diagnosis used.
  const openExport = useCallback(
    (scope: ExportScope) => {
      pendingContext.flush();
      setExporting(scope);
    },
    [pendingContext],
  );
  const exportRequest = useCallback(() => openExport('selected'), [openExport]);
  const runRowAction = useRowActions({
    services,
    client,
    dispatch,
    exportRequest,
    replayRequest: setReplaying,
    announce: setFeedback,
    currentContext,
  });
  const visibleRecords = useMemo(
    () =>
      ids.map((id) => state.records[id]).filter((record): record is RequestRecord => record !== undefined),
    [ids, state.records],
  );

  const layout = narrow ? 'narrow' : 'wide';
  const shares = state.settings.listShare;
  const share = clampShare(shares?.[layout], DEFAULT_SETTINGS.listShare[layout]);
  const splitStyle = { '--list-share': share } as CSSProperties;

  return (
    <TranslateProvider value={t}>
      <main className={`panel ${layout}`} data-testid="apigw403-panel" data-layout={layout}>
        <h1 className="visually-hidden">{t('ext_name')}</h1>
        <Toolbar
          state={state}
          unseenForbidden={unseenForbidden}
          dispatch={dispatch}
          onClear={onClear}
          onExport={() => openExport('all')}
          onSettings={() => setDialog('settings')}
          onShowNew={showNew}
        />
        <Notices state={state} onReload={reload} />
        {menuResults.notice ? (
          <MenuResultNotice result={menuResults.notice} onDismiss={menuResults.dismissNotice} />
        ) : null}
        <div className={`split${selected ? ' with-details' : ''}`} style={splitStyle}>
          <div className="list-column" ref={list}>
            <ErrorBoundary title={t('ui_list_crashed')} retryLabel={t('ui_retry')}>
              {ids.length === 0 ? (
                <EmptyState filtered={state.order.length > 0} loading={state.backfill === 'loading'} />
              ) : (
                <RequestList
                  state={state}
                  ids={ids}
                  onSelect={onSelect}
                  onMove={(to, pageSize) =>
                    dispatch({ type: 'selectionMoved', visibleIds: ids, to, pageSize })
                  }
                  onOpen={focusDetails}
                  compact={compact}
                  {...(compact ? { onEscape: closeDetails } : {})}
                  onContextMenu={onContextMenu}
                  onSort={(sort) => dispatch({ type: 'sortChanged', sort })}
                  onResizeColumn={(column, width) =>
                    dispatch({
                      type: 'settingsChanged',
                      settings: { columnWidths: { ...state.settings.columnWidths, [column]: width } },
                    })
                  }
                />
              )}
            </ErrorBoundary>
          </div>
          {selected ? (
            <>
              <Splitter
                share={share}
                label={t('ui_splitter_label')}
                onChange={(next) =>
                  dispatch({
                    type: 'settingsChanged',
                    settings: { listShare: { ...shares, [layout]: next } },
                  })
                }
              />
              <ErrorBoundary
                title={t('ui_details_crashed')}
                retryLabel={t('ui_retry')}
                resetKey={selected.id}
              >
                <DetailsPane
                  record={selected}
                  records={state.records}
                  onClose={closeDetails}
                  closeOnEscape={compact}
                  ref={details}
                />
              </ErrorBoundary>
            </>
          ) : null}
        </div>
        <StatusBar flagged={flagged} requests={state.order.length} hidden={hidden} message={feedback} />
        {menu && state.records[menu.requestId] ? (
          <RowContextMenu
            record={state.records[menu.requestId] as RequestRecord}
            x={menu.x}
            y={menu.y}
            canRevealInNetwork={services.revealInNetworkPanel !== undefined}
            onClose={closeMenu}
            onAction={(action) => {
              const record = state.records[menu.requestId];
              closeMenu();
              if (record) {
                runRowAction(action, record).catch((error: unknown) =>
                  setFeedback(t('ui_action_failed', [String(error)])),
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
        {dialog === 'settings' ? (
          <SettingsDialog
            settings={state.settings}
            dispatch={dispatch}
            onClose={() => setDialog(undefined)}
          />
        ) : null}
        {dialog === 'confirm-reload' ? (
          <ConfirmDialog
            title={t('ui_reload_confirm_title')}
            message={t('ui_reload_confirm_message', [String(state.order.length)])}
            confirmLabel={t('ui_reload_confirm_button')}
            onConfirm={services.reloadInspectedPage}
            onClose={() => setDialog(undefined)}
            testId="reload-confirm"
          />
        ) : null}
      </main>
    </TranslateProvider>
  );
}
