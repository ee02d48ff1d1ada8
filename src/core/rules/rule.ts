import type { HarEntryLike } from '../exchange.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { CauseId, Evidence } from '../types.ts';

/** What a rule found: how strongly it points at its cause (0–100) and the facts that matched. */
export interface Finding {
  score: number;
  evidence: Evidence[];
}

/**
 * An example exchange kept beside its rule: its rule must rank first on it, and every other rule
 * either stays silent or is listed in `also` (a look-alike that may rank below).
 */
export interface RuleExample {
  name: string;
  entry: HarEntryLike;
  /** Other entries of the same session (the context the example is classified in). */
  session?: HarEntryLike[];
  also?: CauseId[];
}

export interface Rule {
  id: CauseId;
  match(analysis: ExchangeFacts): Finding | undefined;
  examples: RuleExample[];
}
