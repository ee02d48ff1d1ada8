import {
  isLiveBroadcast,
  isLiveRequest,
  LIVE_BROADCAST_REPLY_GUARDS,
  LIVE_REPLY_GUARDS,
  type LiveBroadcasts,
  type LiveRequest,
  type LiveRequests,
  oneShotMessage,
} from '../shared/live-protocol.ts';

/**
 * One-shot messages (runtime.sendMessage) typed end to end, as Apollo DevTools' rpc.ts does: the caller's
 * `request(type, params)` resolves with the reply type of `LiveRequests[type]`, the map the worker's handlers are
 * typed against, and each reply is checked before it is trusted. Transport-free: the caller passes the send and
 * the listener registration (platform/runtime-messages.ts in the extension, fakes in tests).
 */

/** Sends one message; resolves with the first reply, or undefined when nobody answered. */
export type Send = (message: unknown) => Promise<unknown>;
/** What a runtime.onMessage listener returns: a promise of the reply for messages it answers, else undefined. */
export type Answer = (message: unknown) => Promise<unknown> | undefined;

export type Request = <Type extends keyof LiveRequests>(
  type: Type,
  params: LiveRequests[Type]['params'],
) => Promise<LiveRequests[Type]['reply']>;

export type LiveHandlers = {
  [Type in keyof LiveRequests]: (
    params: LiveRequests[Type]['params'],
  ) => Promise<LiveRequests[Type]['reply']>;
};

export class NoAnswerError extends Error {
  constructor(type: string) {
    super(`The extension service worker did not answer "${type}".`);
    this.name = 'NoAnswerError';
  }
}

/** The page side: `request('replay', params)` → `Promise<ReplayResult>`. */
export function requestOver(send: Send): Request {
  return async (type, params) => {
    const reply = await send(oneShotMessage<LiveRequests, typeof type>(type, params));
    if (!LIVE_REPLY_GUARDS[type](reply)) throw new NoAnswerError(type);
    return reply;
  };
}

/** The worker side: one handler per request type; anything else (a broadcast, a foreign message) is not ours. */
export function answerRequests(handlers: LiveHandlers): Answer {
  return (message) => {
    if (!isLiveRequest(message)) return undefined;
    // The guard ties `params` to `type`; TypeScript cannot follow that through the union, hence the cast.
    const handle = handlers[message.type] as (params: LiveRequest['params']) => Promise<unknown>;
    return handle(message.params);
  };
}

/** The worker side of a broadcast: resolves with the reply of the page concerned, or undefined. */
export async function broadcast<Type extends keyof LiveBroadcasts>(
  send: Send,
  type: Type,
  params: LiveBroadcasts[Type]['params'],
): Promise<LiveBroadcasts[Type]['reply'] | undefined> {
  const reply = await send(oneShotMessage<LiveBroadcasts, Type>(type, params)).catch(() => undefined);
  return LIVE_BROADCAST_REPLY_GUARDS[type](reply) ? reply : undefined;
}

/** A page's listener for one broadcast type; it returns its reply, or undefined to stay silent. */
export function onBroadcast<Type extends keyof LiveBroadcasts>(
  type: Type,
  listener: (params: LiveBroadcasts[Type]['params']) => LiveBroadcasts[Type]['reply'] | undefined,
): Answer {
  return (message) => {
    if (!isLiveBroadcast(message) || message.type !== type) return undefined;
    const reply = listener(message.params as LiveBroadcasts[Type]['params']);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
}
