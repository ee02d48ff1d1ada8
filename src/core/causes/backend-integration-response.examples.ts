import { type CauseExample, entry, HOSTS } from './example-wire.ts';

/** Exchanges that produce backend-integration-response (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'Lambda proxy integration answered 403',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders/42`,
      body: { error: 'ORDER_NOT_OWNED', detail: 'order 42 belongs to another customer' },
      responseHeaders: { 'x-amzn-trace-id': 'Root=1-674300a0-1a2b3c4d5e6f708192a3b4c5;Sampled=0' },
    }),
  },
];
