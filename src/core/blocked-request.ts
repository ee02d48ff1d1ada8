import { fact } from './evidence-fact.ts';
import type { Diagnosis, Exchange } from './types.ts';

/**
 * A request a failed CORS preflight blocked got no answer (status 0, `net::ERR_FAILED`), so on its own nothing
 * explains it and `classify` leaves it unflagged. What explains it is its preflight: the blocked request takes the
 * preflight's diagnosis, each cause adding that this request was never sent.
 */
export function blockedByPreflight(
  blocked: Exchange,
  preflight: Exchange,
  preflightDiagnosis: Diagnosis,
): Diagnosis {
  const neverSent = fact('context', 'blocked_by_preflight', String(preflight.status));
  return {
    ...preflightDiagnosis,
    exchangeId: blocked.id,
    causes: preflightDiagnosis.causes.map((cause) => ({
      ...cause,
      evidence: [neverSent, ...cause.evidence],
    })),
  };
}
