import { act } from '@testing-library/react';

/**
 * Lets microtask replies, the action batcher and the getHAR backfill run (a few turns of the event loop, well
 * inside the quarter second successes wait for their batch), inside act so React renders their results.
 */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
