import { type Dispatch, useEffect, useMemo } from 'react';
import type { Exchange } from '../../core/index.ts';
import { createReconnectingPort } from '../../messaging/reconnecting-port.ts';
import { isWorkerMessage } from '../../shared/guards.ts';
import {
  classifyMessageId,
  envelope,
  type PanelMessage,
  type PanelToWorkerEvents,
  type WorkerMessage,
} from '../../shared/protocol.ts';
import type { PanelAction } from '../../ui/state/actions.ts';
import type { PanelServices } from '../services.ts';

export interface WorkerClient {
  classify(requestId: string, exchange: Exchange, force?: boolean): void;
  reset(reason: 'navigated' | 'cleared'): void;
}

function toAction(message: WorkerMessage): PanelAction | undefined {
  switch (message.type) {
    case 'diagnosis':
      return {
        type: 'diagnosed',
        requestId: message.payload.requestId,
        diagnosis: message.payload.diagnosis,
      };
    case 'failed':
      return { type: 'failed', requestId: message.payload.requestId, message: message.payload.message };
    case 'resetDone':
      return undefined;
  }
}

/** The panel's side of the worker protocol: requests out, the worker's answers in as reducer actions. */
export function useWorkerClient(services: PanelServices, dispatch: Dispatch<PanelAction>): WorkerClient {
  const port = useMemo(
    () =>
      createReconnectingPort<PanelMessage, WorkerMessage>({
        connect: services.connectToWorker,
        isIncoming: isWorkerMessage,
        onMessage: (message) => {
          const action = toAction(message);
          if (action) dispatch(action);
        },
        onGiveUp: (requests, reason) => {
          dispatch({ type: 'workerUnreachable', reason });
          for (const request of requests) {
            if (request.type === 'classify') {
              dispatch({ type: 'failed', requestId: request.payload.requestId, message: reason });
            }
          }
        },
      }),
    [services, dispatch],
  );
  useEffect(() => () => port.close(), [port]);
  return useMemo(
    () => ({
      classify(requestId, exchange, force = false) {
        port.send(
          envelope<PanelToWorkerEvents, 'classify'>(classifyMessageId(requestId), 'classify', {
            requestId,
            exchange,
            force,
          }),
        );
      },
      reset(reason) {
        port.send(envelope<PanelToWorkerEvents, 'reset'>('reset', 'reset', { reason }));
      },
    }),
    [port],
  );
}
