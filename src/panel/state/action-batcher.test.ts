import { describe, expect, it } from 'vitest';
import type { PanelAction } from '../../ui/state/actions.ts';
import { createActionBatcher } from './action-batcher.ts';

describe('createActionBatcher', () => {
  it('dispatches everything queued before the flush as one batch, in order, then starts a new one', () => {
    const dispatched: PanelAction[] = [];
    const scheduled: Array<() => void> = [];
    const enqueue = createActionBatcher(
      (action) => dispatched.push(action),
      (flush) => scheduled.push(flush),
    );
    enqueue({ type: 'filterChanged', text: 'a' });
    enqueue({ type: 'filterChanged', text: 'b' });
    expect(dispatched).toEqual([]);
    expect(scheduled).toHaveLength(1);
    scheduled[0]?.();
    expect(dispatched).toEqual([
      {
        type: 'batch',
        actions: [
          { type: 'filterChanged', text: 'a' },
          { type: 'filterChanged', text: 'b' },
        ],
      },
    ]);
    enqueue({ type: 'cleared' });
    expect(scheduled).toHaveLength(2);
    scheduled[1]?.();
    expect(dispatched[1]).toEqual({ type: 'cleared' });
  });
});
