/**
 * Read exchanges as a HAR document, so the one HAR pipeline (session context, classification,
 * annotation, redaction) serves every input format.
 */
import type { Har } from '../har/types.ts';
import type { ReadExchange } from './types.ts';

export function harTextOf(exchanges: ReadExchange[], creatorVersion: string): string {
  const har: Har = {
    log: {
      version: '1.2',
      creator: { name: 'apigw403', version: creatorVersion },
      entries: exchanges.map((read) => read.entry),
    },
  };
  return JSON.stringify(har);
}
