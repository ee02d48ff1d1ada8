import {
  type CSSProperties,
  type KeyboardEvent,
  type UIEvent,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { SelectionMove } from '../state/actions.ts';
import { COLUMNS, type Column } from '../state/row-cells.ts';
import type { PanelState, SortOrder } from '../state/types.ts';
import { startDrag } from '../util/drag.ts';
import { handled } from '../util/keys.ts';
import { gridMinWidth, gridTemplate, MIN_COLUMN_WIDTH } from './grid-columns.ts';
import { RequestRow, rowDomId } from './RequestRow.tsx';
import { useT } from './TranslateContext.tsx';

export const ROW_HEIGHT = 22;
/** Height of the sticky header row, which sits inside the scrolling container above the rows. */
const HEADER_HEIGHT = 23;
/** Rows rendered above and below the viewport so fast scrolling shows no gaps. */
const OVERSCAN = 10;
/** Used before the list has been measured (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT_HEIGHT = 800;
const RESIZE_KEY_STEP = 10;
const MAX_COLUMN_WIDTH = 2000;

interface Props {
  state: PanelState;
  ids: string[];
  onSelect(requestId: string): void;
  onMove(to: SelectionMove, pageSize: number): void;
  onOpen(): void;
  onContextMenu(requestId: string, x: number, y: number): void;
  onSort(sort: SortOrder | undefined): void;
  onResizeColumn(column: Column, width: number): void;
  /**
   * Only the Name column (status, method, path), as the Network panel's list is beside open details when the
   * panel is narrow.
   */
  compact?: boolean;
  /** Esc on the grid: given while the list is compact, to go back to the full list. */
  onEscape?(): void;
}

const MOVES: Record<string, SelectionMove> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
  Home: 'first',
  End: 'last',
};

/** Ascending, then descending, then back to arrival order. */
function nextSort(current: SortOrder | undefined, column: Column): SortOrder | undefined {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : undefined;
}

function ColumnHeader({
  column,
  sort,
  onSort,
  onResize,
  widths,
  name,
}: {
  column: Column;
  widths: Partial<Record<Column, number>>;
  sort: SortOrder | undefined;
  onSort(sort: SortOrder | undefined): void;
  /** Absent: the column fills the list and has no edge to drag. */
  onResize?(column: Column, width: number): void;
  /** The header's text when it is not the column's own (the compact list's Name). */
  name?: string;
}) {
  const t = useT();
  const cell = useRef<HTMLTableCellElement>(null);
  const direction = sort?.column === column ? sort.direction : undefined;
  const label = name ?? t(`ui_column_${column}`);
  const width = () => cell.current?.getBoundingClientRect().width ?? 0;
  const currentWidth = widths[column] ?? cell.current?.getBoundingClientRect().width ?? 0;
  const resize = (next: number) => onResize?.(column, Math.max(MIN_COLUMN_WIDTH, Math.round(next)));
  return (
    <th ref={cell} scope="col" className={`cell ${column.replace('_', '-')}`} aria-sort={direction ?? 'none'}>
      <button
        type="button"
        className="sort-button"
        title={label}
        data-column={column}
        onClick={() => onSort(nextSort(sort, column))}
      >
        <span className="column-label">{label}</span>
        {direction ? (
          <span className="sort-arrow" aria-hidden="true">
            {direction === 'ascending' ? '▲' : '▼'}
          </span>
        ) : null}
      </button>
      {onResize ? (
        // biome-ignore lint/a11y/useSemanticElements: a column resizer must take focus and drags; <hr> can do neither
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label={t('ui_column_resize', [label])}
          aria-valuemin={MIN_COLUMN_WIDTH}
          aria-valuemax={MAX_COLUMN_WIDTH}
          aria-valuenow={Math.round(currentWidth)}
          tabIndex={0}
          className="column-resizer"
          data-column={column}
          onKeyDown={(event: KeyboardEvent) => {
            if (event.key === 'ArrowLeft') resize(width() - RESIZE_KEY_STEP);
            else if (event.key === 'ArrowRight') resize(width() + RESIZE_KEY_STEP);
            else return;
            handled(event);
          }}
          onPointerDown={(event) => {
            const startX = event.clientX;
            const startWidth = width();
            startDrag(event, (x) => resize(startWidth + x - startX));
          }}
        />
      ) : null}
    </th>
  );
}

/**
 * The request grid, virtualized: only the rows in view (plus a margin) are in the DOM, so thousands of requests
 * scroll smoothly. Focus stays on the grid; arrows, PageUp/PageDown, Home/End move the selection (and scroll it
 * into view), Enter opens the details, Shift+F10 or the context-menu key opens the row menu, Esc leaves the compact
 * list. Column headers sort; the bars between them resize.
 */
export function RequestList({
  state,
  ids,
  onSelect,
  onMove,
  onOpen,
  onContextMenu,
  onSort,
  onResizeColumn,
  compact = false,
  onEscape,
}: Props) {
  const t = useT();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_VIEWPORT_HEIGHT);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || FALLBACK_VIEWPORT_HEIGHT));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const selectedIndex = state.selectedId ? ids.indexOf(state.selectedId) : -1;

  // Keep the selected row in view when the keyboard moves it (measured now: the pane may have just been resized).
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || selectedIndex < 0) return;
    const rowTop = selectedIndex * ROW_HEIGHT;
    const bodyHeight = (element.clientHeight || height) - HEADER_HEIGHT;
    if (rowTop < element.scrollTop) element.scrollTop = rowTop;
    else if (rowTop + ROW_HEIGHT > element.scrollTop + bodyHeight)
      element.scrollTop = rowTop + ROW_HEIGHT - bodyHeight;
    setScrollTop(element.scrollTop);
  }, [selectedIndex, height]);

  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop),
    [],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys on the header's sort buttons and resizers are theirs.
    if (event.target !== event.currentTarget) return;
    const move = MOVES[event.key];
    if (move) {
      handled(event);
      const pageSize = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
      onMove(move, pageSize);
    } else if (event.key === 'Enter' && state.selectedId) {
      handled(event);
      onOpen();
    } else if (event.key === 'Escape' && onEscape) {
      handled(event);
      onEscape();
    } else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
      handled(event);
      const row = state.selectedId ? document.getElementById(rowDomId(state.selectedId)) : null;
      const box = row?.getBoundingClientRect();
      if (state.selectedId) onContextMenu(state.selectedId, box ? box.left + 24 : 24, box ? box.bottom : 24);
    }
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(ids.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const activeId = state.selectedId && selectedIndex >= 0 ? rowDomId(state.selectedId) : undefined;
  const columnsStyle: Record<string, string | number> = compact
    ? { '--grid-columns': 'minmax(0, 1fr)' }
    : {
        '--grid-columns': gridTemplate(COLUMNS, state.settings.columnWidths),
        minWidth: gridMinWidth(COLUMNS, state.settings.columnWidths),
      };

  return (
    <div className="request-list" ref={viewport} onScroll={onScroll}>
      <table
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table the keyboard moves through is an ARIA grid; the rows stay real table rows
        role="grid"
        aria-label={t('ui_list_label')}
        aria-rowcount={ids.length + 1}
        aria-activedescendant={activeId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={columnsStyle as CSSProperties}
        className={compact ? 'compact' : undefined}
      >
        <thead>
          <tr aria-rowindex={1} className="request-row header">
            {compact ? (
              <ColumnHeader
                column="url"
                name={t('ui_column_name')}
                sort={state.sort}
                onSort={onSort}
                widths={state.settings.columnWidths}
              />
            ) : (
              COLUMNS.map((column) => (
                <ColumnHeader
                  key={column}
                  column={column}
                  sort={state.sort}
                  onSort={onSort}
                  onResize={onResizeColumn}
                  widths={state.settings.columnWidths}
                />
              ))
            )}
          </tr>
        </thead>
        <tbody style={{ height: ids.length * ROW_HEIGHT }}>
          {ids.slice(first, last).map((id, offset) => {
            const record = state.records[id];
            const index = first + offset;
            return record ? (
              <RequestRow
                key={id}
                record={record}
                index={index}
                top={index * ROW_HEIGHT}
                selected={id === state.selectedId}
                compact={compact}
                onSelect={onSelect}
                onContextMenu={onContextMenu}
              />
            ) : null;
          })}
        </tbody>
      </table>
    </div>
  );
}
