import { type CauseExample, entry, HOSTS, sigv4Headers } from './example-wire.ts';

/** Exchanges that produce invalid-security-token (what it looks like on the wire). */
export const examples: CauseExample[] = [
  {
    name: 'deleted access key, UnrecognizedClientException with suffix',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/',
      body: { message: 'The security token included in the request is invalid.' },
      requestHeaders: sigv4Headers(),
    }),
  },
  {
    name: 'AccessDeniedException variant',
    entry: entry({
      url: `${HOSTS.rest}/prod/orders`,
      errorType: 'AccessDeniedException',
      body: { Message: 'The security token included in the request is invalid' },
      requestHeaders: { ...sigv4Headers(), 'X-Amz-Security-Token': 'IQoJb3JpZ2luX2VjEXAMPLE' },
    }),
  },
];
