import { useMemo } from 'react';
import { useT } from '../../ui/components/TranslateContext.tsx';
import type { RequestRecord } from '../../ui/state/types.ts';
import { Menu, type MenuGroups } from './Menu.tsx';

export const ROW_ACTIONS = [
  'reveal-in-network',
  'rediagnose',
  'replay',
  'copy-url',
  'copy-request-id',
  'copy-headers',
  'copy-curl',
  'copy-markdown',
  'export-har',
  'open-analyzer',
  'copy-curl-with-secrets',
] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

/** The id API Gateway gives each request: what its execution and access logs are searched by. */
export function gatewayRequestId(record: RequestRecord): string | undefined {
  return record.exchange.responseHeaders.find((header) => header.name === 'x-amzn-requestid')?.value;
}

interface Props {
  record: RequestRecord;
  x: number;
  y: number;
  /** DevTools can show this request in its Network panel (not every browser lets an extension ask). */
  canRevealInNetwork: boolean;
  onAction(action: RowAction): void;
  onClose(): void;
}

/** The row menu (right-click, Shift+F10 or the context-menu key), grouped; the one item that reveals secrets last. */
export function RowContextMenu({ record, x, y, canRevealInNetwork, onAction, onClose }: Props) {
  const t = useT();
  const groups = useMemo<MenuGroups<RowAction>>(
    () => [
      [
        ...(canRevealInNetwork
          ? [{ id: 'reveal-in-network' as const, label: t('ui_menu_reveal_in_network') }]
          : []),
        { id: 'rediagnose', label: t('ui_menu_rediagnose') },
        { id: 'replay', label: t('ui_menu_replay') },
      ],
      [
        { id: 'copy-url', label: t('ui_menu_copy_url') },
        {
          id: 'copy-request-id',
          label: t('ui_menu_copy_request_id'),
          disabled: gatewayRequestId(record) === undefined,
        },
        { id: 'copy-headers', label: t('ui_menu_copy_headers') },
        { id: 'copy-curl', label: t('ui_menu_copy_curl') },
        { id: 'copy-markdown', label: t('ui_menu_copy_markdown') },
      ],
      [
        { id: 'export-har', label: t('ui_menu_export_har') },
        { id: 'open-analyzer', label: t('ui_menu_open_analyzer') },
      ],
      [{ id: 'copy-curl-with-secrets', label: t('ui_menu_copy_curl_secrets'), sensitive: true }],
    ],
    [t, record, canRevealInNetwork],
  );
  return (
    <Menu
      label={t('ui_menu_label')}
      groups={groups}
      x={x}
      y={y}
      onAction={onAction}
      onClose={onClose}
      sensitiveNote={t('ui_menu_reveals_secrets')}
      testId="row-menu"
    />
  );
}
