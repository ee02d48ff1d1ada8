/** Small constructors for findings, so every check words its results the same way. */
import type { CauseId } from '../core/index.ts';
import type { Outcome } from './aws.ts';
import type { CheckId, Finding, Verdict } from './types.ts';

export function finding(
  check: CheckId,
  key: string,
  substitutions: string[],
  effects: Partial<Record<CauseId, Verdict>> = {},
  quotes?: string[],
): Finding {
  return { check, key, substitutions, effects, ...(quotes && quotes.length > 0 ? { quotes } : {}) };
}

export function all(causes: CauseId[], verdict: Verdict): Partial<Record<CauseId, Verdict>> {
  return Object.fromEntries(causes.map((cause) => [cause, verdict]));
}

/** A call that failed: "could not check", with the IAM action when access was denied. */
export function unavailable(
  check: CheckId,
  operation: string,
  outcome: Extract<Outcome<unknown>, { ok: false }>,
  causes: CauseId[],
): Finding {
  const key = outcome.reason === 'denied' ? 'confirm_denied' : 'confirm_failed';
  return {
    ...finding(
      check,
      key,
      [operation, outcome.reason === 'denied' ? outcome.action : outcome.detail],
      all(causes, 'could-not-check'),
    ),
    ...(outcome.reason === 'denied' ? { missingAction: outcome.action } : {}),
  };
}
