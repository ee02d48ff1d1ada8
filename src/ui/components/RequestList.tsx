import {
  type KeyboardEvent,
  type UIEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { PanelState } from '../state/types.ts';
import { RequestRow, rowDomId } from './RequestRow.tsx';
import { useT } from './TranslateContext.tsx';

export const ROW_HEIGHT = 22;
/** Height of the sticky header row, which sits inside the scrolling container above the rows. */
const HEADER_HEIGHT = 23;
/** Rows rendered above and below the viewport so fast scrolling shows no gaps. */
const OVERSCAN = 10;
/** Used before the list has been measured (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT_HEIGHT = 800;

interface Props {
  state: PanelState;
  ids: string[];
  onSelect(requestId: string): void;
  onMove(to: 'next' | 'previous' | 'first' | 'last'): void;
  onOpen(): void;
  onContextMenu(requestId: string, x: number, y: number): void;
}

/**
 * The request grid, virtualized: only the rows in view (plus a margin) are in the DOM, so thousands of requests
 * scroll smoothly. Focus stays on the grid; arrows move the selection, Enter opens the details, Shift+F10 or the
 * context-menu key opens the row menu.
 */
export function RequestList({ state, ids, onSelect, onMove, onOpen, onContextMenu }: Props) {
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

  // Keep the selected row in view when the keyboard moves it.
  useEffect(() => {
    const element = viewport.current;
    if (!element || selectedIndex < 0) return;
    // Row offsets are measured from the top of the body; the sticky header covers the first HEADER_HEIGHT px.
    const rowTop = selectedIndex * ROW_HEIGHT;
    const bodyHeight = height - HEADER_HEIGHT;
    if (rowTop < element.scrollTop) element.scrollTop = rowTop;
    else if (rowTop + ROW_HEIGHT > element.scrollTop + bodyHeight)
      element.scrollTop = rowTop + ROW_HEIGHT - bodyHeight;
  }, [selectedIndex, height]);

  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop),
    [],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
      ArrowDown: 'next',
      ArrowUp: 'previous',
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      onMove(move);
    } else if (event.key === 'Enter' && state.selectedId) {
      event.preventDefault();
      onOpen();
    } else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
      event.preventDefault();
      const row = state.selectedId ? document.getElementById(rowDomId(state.selectedId)) : null;
      const box = row?.getBoundingClientRect();
      if (state.selectedId) onContextMenu(state.selectedId, box ? box.left + 24 : 24, box ? box.bottom : 24);
    }
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(ids.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const activeId = state.selectedId && selectedIndex >= 0 ? rowDomId(state.selectedId) : undefined;

  const columns = ['status', 'method', 'url', 'error_type', 'cause', 'confidence'];

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
      >
        <thead>
          <tr aria-rowindex={1} className="request-row header">
            {columns.map((column) => (
              <th key={column} scope="col" className={`cell ${column.replace('_', '-')}`}>
                {t(`ui_column_${column}`)}
              </th>
            ))}
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
