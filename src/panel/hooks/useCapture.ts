import { type Dispatch, type RefObject, useEffect, useMemo } from 'react';
import type { CapturedRequest } from '../../shared/captured-request.ts';
import type { PanelAction } from '../../ui/state/actions.ts';
import type { ContextEntry, PanelState } from '../../ui/state/types.ts';
import { type Batch, batch } from '../capture/batch.ts';
import { type CaptureSink, ingest } from '../capture/ingest.ts';
import { createLateResponses } from '../capture/late-response.ts';
import type { PanelServices } from '../services.ts';
import type { WorkerClient } from './useWorkerClient.ts';

/**
 * DevTools was opened after the page loaded (its document request is not in the log) AND the page made a
 * fetch/XHR call the log does not hold. A page opened late that has called nothing yet lost nothing worth a
 * warning: the calls it makes from now on are captured.
 */
async function missedRequests(
  requests: CapturedRequest[],
  pageRequestUrls: () => Promise<string[]>,
): Promise<boolean> {
  if (requests.some((request) => request.entry._resourceType === 'document')) return false;
  const logged = new Set(requests.map((request) => request.entry.request.url));
  const made = await pageRequestUrls().catch(() => []);
  return made.some((url) => !logged.has(url));
}

/**
 * Successes kept for export reach the state in batches of this period: on a busy page they are most requests,
 * and each change of the state re-renders the panel, though nothing on screen shows them.
 */
const CONTEXT_BATCH_MS = 250;
const CONTEXT_BATCH_MAX = 1000;

/**
 * Live capture plus the getHAR() backfill. The live listener is attached first so nothing finishing in between
 * is lost; a request seen both ways has the same id and is kept once. Returns the successes kept for export that
 * have not reached the state yet: flushed when an export opens, dropped when the user clears the list.
 */
export function useCapture(
  services: PanelServices,
  dispatch: Dispatch<PanelAction>,
  client: WorkerClient,
  stateRef: RefObject<PanelState>,
): Pick<Batch<ContextEntry>, 'flush' | 'drop'> {
  const pendingContext = useMemo(
    () =>
      batch<ContextEntry>(
        (contexts) =>
          dispatch({
            type: 'batch',
            actions: contexts.map((context) => ({ type: 'contextCaptured', context })),
          }),
        (flush) => setTimeout(flush, CONTEXT_BATCH_MS),
        CONTEXT_BATCH_MAX,
      ),
    [dispatch],
  );
  useEffect(() => {
    const sink: CaptureSink = {
      has: (requestId) => requestId in stateRef.current.records,
      add: (record) => dispatch({ type: 'captured', record }),
      keepContext: (context) => pendingContext.add(context),
      classify: (requestId, exchange) => client.classify(requestId, exchange),
      learn: (requestId, facts) => client.learn(requestId, facts),
    };
    const report = (error: unknown) => console.error('apigw403: could not capture a request', error);
    const lateResponses = createLateResponses(() => services.network.getRecordedRequests());
    const ingestLive = (request: CapturedRequest) => {
      try {
        ingest(request, false, sink)?.catch(report);
      } catch (error) {
        report(error);
      }
    };
    const stopRequests = services.network.onRequestFinished((request) =>
      lateResponses.settle(request, ingestLive),
    );
    // A navigation while the backfill is still reading (Firefox asks an empty log again) means the page now
    // shown loads under DevTools' eyes: whatever the backfill finds, nothing of it was missed.
    let navigatedDuringBackfill = false;
    const stopNavigation = services.network.onNavigated(() => {
      navigatedDuringBackfill = true;
      // Successes of the page left go in first: with Keep log on they stay, else the navigation clears them.
      pendingContext.flush();
      // With Keep log on the rows stay, but what a late DevTools missed is moot after a new page load.
      dispatch({ type: 'navigated' });
      if (stateRef.current.settings.preserveLog) return;
      lateResponses.forget();
      client.reset('navigated');
    });
    let cancelled = false;
    dispatch({ type: 'backfillStarted' });
    services.network
      .getRecordedRequests()
      .then(async (requests) => {
        for (const request of requests) {
          if (cancelled) return;
          try {
            await ingest(request, true, sink);
          } catch (error) {
            report(error);
          }
        }
        const missedBeforeOpen =
          !navigatedDuringBackfill && (await missedRequests(requests, services.network.pageRequestUrls));
        if (!cancelled) dispatch({ type: 'backfillFinished', missedBeforeOpen });
      })
      .catch((error: unknown) => {
        report(error);
        if (!cancelled) dispatch({ type: 'backfillFinished', missedBeforeOpen: false });
      });
    return () => {
      cancelled = true;
      stopRequests();
      lateResponses.forget();
      stopNavigation();
      pendingContext.drop();
    };
  }, [services, dispatch, client, stateRef, pendingContext]);
  return pendingContext;
}
