import type { PanelAction } from '../../ui/state/actions.ts';

/**
 * Queues actions that arrive in bursts (captured requests, worker replies) and dispatches them as one batch on
 * the next task, so a thousand replies cost one state copy and one render instead of a thousand. Order is kept.
 */
export function createActionBatcher(
  dispatch: (action: PanelAction) => void,
  schedule: (flush: () => void) => void = (flush) => setTimeout(flush, 0),
): (action: PanelAction) => void {
  let queue: PanelAction[] = [];
  const flush = () => {
    const actions = queue;
    queue = [];
    dispatch(actions.length === 1 ? (actions[0] as PanelAction) : { type: 'batch', actions });
  };
  return (action) => {
    queue.push(action);
    if (queue.length === 1) schedule(flush);
  };
}
