import { type MouseEvent, memo } from 'react';
import { rowCells } from '../state/row-cells.ts';
import type { RequestRecord } from '../state/types.ts';
import { useT } from './TranslateContext.tsx';

interface Props {
  record: RequestRecord;
  /** Position among visible rows (0-based); drives aria-rowindex and the absolute offset. */
  index: number;
  top: number;
  selected: boolean;
  /** One Name cell (status, method, path) instead of every column. */
  compact: boolean;
  onSelect(requestId: string): void;
  onContextMenu(requestId: string, x: number, y: number): void;
}

export function rowDomId(requestId: string): string {
  return `request-row-${requestId}`;
}

/** The Network panel colours failed and 4xx/5xx rows: status 0 (no answer) and every status from 400 up. */
function failed(status: number): boolean {
  return status === 0 || status >= 400;
}

function RequestRowView({ record, index, top, selected, compact, onSelect, onContextMenu }: Props) {
  const t = useT();
  const { exchange } = record;
  const cells = rowCells(record, t);
  const handleContextMenu = (event: MouseEvent) => {
    event.preventDefault();
    onSelect(record.id);
    onContextMenu(record.id, event.clientX, event.clientY);
  };
  return (
    <tr
      id={rowDomId(record.id)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`request-row${selected ? ' selected' : ''}${failed(exchange.status) ? ' failed' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-testid="request-row"
      data-request-id={record.id}
      data-status={exchange.status}
      data-method={exchange.method}
      data-url={exchange.url}
      data-state={record.state}
      data-cause={record.diagnosis?.causes[0]?.id ?? ''}
      onClick={() => onSelect(record.id)}
      onContextMenu={handleContextMenu}
    >
      {compact ? (
        <td className="cell name" title={`${cells.status} ${cells.method} ${cells.url}\n${cells.cause}`}>
          <span className="name-status">{cells.status}</span>{' '}
          <span className="name-method">{cells.method}</span> <span className="path">{cells.path}</span>
          {exchange.isPreflight ? <span className="tag">{t('ui_tag_preflight')}</span> : null}
        </td>
      ) : (
        <>
          <td className="cell status" title={exchange.error ?? undefined}>
            {cells.status}
            {exchange.isPreflight ? <span className="tag">{t('ui_tag_preflight')}</span> : null}
          </td>
          <td className="cell method">{cells.method}</td>
          <td className="cell url" title={cells.url}>
            {/* The path first: execute-api host names are long and alike, the path is what tells rows apart. */}
            <span className="path">{cells.path}</span>
            <span className="host">{cells.host}</span>
          </td>
          <td className="cell error-type">{cells.errorType}</td>
          <td className={`cell cause state-${record.state}`} title={cells.cause}>
            {cells.cause}
          </td>
          <td className="cell confidence">{cells.confidence}</td>
        </>
      )}
    </tr>
  );
}

export const RequestRow = memo(RequestRowView);
