import { type Dispatch, useEffect, useMemo } from 'react';
import type { ContextFacts, Exchange } from '../../core/index.ts';
import { createReconnectingPort } from '../../messaging/reconnecting-port.ts';
import { isWorkerMessage } from '../../shared/guards.ts';
import {
  classifyMessageId,
  envelope,
  learnMessageId,
  type PanelMessage,
  type PanelToWorkerEvents,
  type WorkerMessage,
} from '../../shared/protocol.ts';
import type { PanelAction } from '../../ui/state/actions.ts';
import { batch } from '../capture/batch.ts';
import type { PanelServices } from '../services.ts';

export interface WorkerClient {
  classify(requestId: string, exchange: Exchange, force?: boolean): void;
  /** What a success that only feeds the session context teaches: sent with others, about once a frame. */
  learn(requestId: string, facts: ContextFacts): void;
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
    case 'learnt':
      return undefined;
  }
}

/**
 * Successes go to the worker in batches this far apart: each message costs the panel about as much as its content
 * (a frame-long batch was a message every 16 ms on a busy page). A diagnosis never waits for them: a classify
 * sends what is waiting first, so the context it is diagnosed with has every success seen before it.
 */
const LEARN_BATCH_MS = 250;
/** A batch never grows past this (context facts are a few short strings each). */
const LEARN_BATCH_MAX = 1000;

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
        // A success given up would be missing from the session context for good, and silently (it has no row to
        // show the failure): it stays in flight and goes first on the next connection.
        keepOnGiveUp: (request) => request.type === 'learn',
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
  const successes = useMemo(
    () =>
      batch<{ requestId: string; facts: ContextFacts }>(
        (successes) =>
          port.send(
            envelope<PanelToWorkerEvents, 'learn'>(
              learnMessageId(successes[0]?.requestId ?? '', successes.length),
              'learn',
              { facts: successes.map((success) => success.facts) },
            ),
          ),
        (flush) => setTimeout(flush, LEARN_BATCH_MS),
        LEARN_BATCH_MAX,
      ),
    [port],
  );
  useEffect(() => () => port.close(), [port]);
  return useMemo(
    () => ({
      classify(requestId, exchange, force = false) {
        successes.flush();
        port.send(
          envelope<PanelToWorkerEvents, 'classify'>(classifyMessageId(requestId), 'classify', {
            requestId,
            exchange,
            force,
          }),
        );
      },
      learn(requestId, facts) {
        successes.add({ requestId, facts });
      },
      reset(reason) {
        // Successes of the old page must not reach the new session, nor wait for the next batch.
        successes.drop();
        port.send(envelope<PanelToWorkerEvents, 'reset'>('reset', 'reset', { reason }));
      },
    }),
    [port, successes],
  );
}
