import type { HarEntryLike } from '../core/index.ts';

/** What the panel's capture, its state and the analyzer page agree a captured request is (platform/ produces it). */

export interface ResponseContent {
  text?: string;
  encoding?: string;
}

/** A HAR entry as DevTools reports it, with the Chromium fields we read. */
export type CapturedEntry = HarEntryLike & {
  time?: number;
  timings?: Record<string, number>;
  _initiator?: unknown;
};

/**
 * A finished request as DevTools reports it: the HAR entry and a way to fetch the body. The entry is DevTools' own,
 * not a copy (Firefox's getHAR() entries even carry the body text): read it, and keep only a copy of what you need.
 */
export interface CapturedRequest {
  readonly entry: CapturedEntry;
  getContent(): Promise<ResponseContent>;
}
