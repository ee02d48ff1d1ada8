import { type Dispatch, useCallback } from 'react';
import { curlCommand } from '../../core/index.ts';
import type { PanelAction } from '../../ui/state/actions.ts';
import type { ContextEntry, RequestRecord } from '../../ui/state/types.ts';
import { copyText } from '../../ui/util/clipboard.ts';
import { gatewayRequestId, type RowAction } from '../components/RowContextMenu.tsx';
import { contextOfHost, exportCapture } from '../export/capture-har.ts';
import type { PanelServices } from '../services.ts';
import { copiedCurl, copiedHeaders, copiedMarkdown } from '../util/copied-reports.ts';
import type { WorkerClient } from './useWorkerClient.ts';

interface Options {
  services: PanelServices;
  client: WorkerClient;
  dispatch: Dispatch<PanelAction>;
  /** Opens the export dialog on this one request. */
  exportRequest(record: RequestRecord): void;
  /** Opens the replay dialog (it asks for confirmation before anything is sent). */
  replayRequest(record: RequestRecord): void;
  /** Tells the user what happened (copied, failed…) in a live region. */
  announce(message: string): void;
  /** The session-context successes kept so far (read when an action runs, not when the hook renders). */
  currentContext(): ContextEntry[];
}

/** What each row-menu item does. */
export function useRowActions({
  services,
  client,
  dispatch,
  exportRequest,
  replayRequest,
  announce,
  currentContext,
}: Options) {
  const { t } = services;
  return useCallback(
    async (action: RowAction, record: RequestRecord) => {
      const copy = async (text: string) =>
        announce(t((await copyText(text)) ? 'ui_copied' : 'ui_copy_failed'));
      switch (action) {
        case 'reveal-in-network':
          services.revealInNetworkPanel?.(record.exchange.url);
          return;
        case 'copy-url':
          return copy(record.exchange.url);
        case 'copy-request-id': {
          const id = gatewayRequestId(record);
          return id === undefined ? undefined : copy(id);
        }
        case 'copy-headers':
          return copy(copiedHeaders(record));
        case 'rediagnose':
          dispatch({ type: 'rediagnosing', requestId: record.id });
          client.classify(record.id, record.exchange, true);
          return;
        case 'replay':
          replayRequest(record);
          return;
        case 'copy-curl':
          return copy(copiedCurl(record));
        case 'copy-curl-with-secrets':
          return copy(curlCommand(record.exchange, { revealSecrets: true }));
        case 'copy-markdown':
          return copy(copiedMarkdown(record, t));
        case 'export-har':
          exportRequest(record);
          return;
        case 'open-analyzer': {
          // The analyzer page is ours and local: it gets the request as captured, with the successes on its host
          // the diagnosis learnt from, so it diagnoses the same data.
          const context = contextOfHost(currentContext(), record.exchange.host);
          const { text } = await exportCapture([record], {
            redact: false,
            version: services.version,
            context,
          });
          await services.openInAnalyzer(text);
          return;
        }
      }
    },
    [services, client, dispatch, exportRequest, replayRequest, announce, currentContext, t],
  );
}
