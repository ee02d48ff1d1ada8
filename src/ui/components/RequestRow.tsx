import { type MouseEvent, memo } from 'react';
import { renderCause } from '../../core/index.ts';
import { errorType, topCause } from '../state/selectors.ts';
import type { RequestRecord } from '../state/types.ts';
import { useT } from './TranslateContext.tsx';

interface Props {
  record: RequestRecord;
  /** Position among visible rows (0-based); drives aria-rowindex and the absolute offset. */
  index: number;
  top: number;
  selected: boolean;
  onSelect(requestId: string): void;
  onContextMenu(requestId: string, x: number, y: number): void;
}

export function rowDomId(requestId: string): string {
  return `request-row-${requestId}`;
}

function RequestRowView({ record, index, top, selected, onSelect, onContextMenu }: Props) {
  const t = useT();
  const { exchange, diagnosis } = record;
  const cause = topCause(record);
  const causeTitle = cause && diagnosis ? renderCause(cause, diagnosis.facts, t).title : '';
  const stateLabel =
    record.state === 'pending'
      ? t('ui_row_pending')
      : record.state === 'error'
        ? t('ui_row_error')
        : cause
          ? causeTitle
          : t('ui_row_not_flagged');
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
      className={`request-row${selected ? ' selected' : ''}${exchange.status === 403 ? ' forbidden' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-testid="request-row"
      data-request-id={record.id}
      data-status={exchange.status}
      data-method={exchange.method}
      data-url={exchange.url}
      data-state={record.state}
      data-cause={cause?.id ?? ''}
      onClick={() => onSelect(record.id)}
      onContextMenu={handleContextMenu}
    >
      <td className="cell status">
        {exchange.status === 0 ? t('ui_status_blocked') : exchange.status}
        {exchange.isPreflight ? <span className="tag">{t('ui_tag_preflight')}</span> : null}
      </td>
      <td className="cell method">{exchange.method}</td>
      <td className="cell url" title={exchange.url}>
        {/* The path first: execute-api host names are long and alike, the path is what tells rows apart. */}
        <span className="path">{exchange.path}</span>
        <span className="host">{exchange.host}</span>
      </td>
      <td className="cell error-type">{errorType(record)}</td>
      <td className={`cell cause state-${record.state}`} title={stateLabel}>
        {stateLabel}
      </td>
      <td className="cell confidence">{cause ? t(`ui_confidence_${cause.confidence}`) : ''}</td>
    </tr>
  );
}

export const RequestRow = memo(RequestRowView);
