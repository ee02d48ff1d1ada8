import { canonicalRequest, diffCanonical, expectedCanonicalRequest } from '../canonical-request.ts';
import { clockSkew } from '../clock-skew.ts';
import { fact } from '../evidence-fact.ts';
import type { EvidenceName } from '../evidence-wording.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { SigV4Defect } from '../sigv4.ts';
import type { Evidence } from '../types.ts';

/** The clock skew the `Signature expired` / `not yet current` timestamps show. */
export function skewFacts(a: ExchangeFacts): Evidence[] {
  const skew = clockSkew(a.exchange, a.error.message, a.sigv4?.amzDate);
  if (!skew) return [];
  const name = skew.seconds < 0 ? 'clock_behind' : 'clock_ahead';
  return [fact('sigv4', name, String(Math.abs(skew.seconds)), skew.requestTime, skew.serverTime)];
}

/** The first line where AWS's canonical request differs from the one the captured request gives. */
export function canonicalFacts(a: ExchangeFacts): Evidence[] {
  const expected = a.error.message ? expectedCanonicalRequest(a.error.message) : undefined;
  if (!expected || !a.sigv4) return [];
  const difference = diffCanonical(expected, canonicalRequest(a.exchange, a.sigv4));
  if (!difference) return [fact('sigv4', 'canonical_matches')];
  return [
    fact(
      'sigv4',
      'canonical_differs',
      String(difference.line),
      difference.part,
      difference.expected,
      difference.actual,
    ),
  ];
}

const DEFECT_FACT: Record<SigV4Defect, EvidenceName> = {
  'missing-credential': 'defect_missing_credential',
  'missing-signature': 'defect_missing_signature',
  'missing-signed-headers': 'defect_missing_signed_headers',
  'missing-date': 'defect_missing_date',
  'whitespace-in-value': 'defect_whitespace_in_value',
  'newline-in-value': 'defect_newline_in_value',
  'scope-not-execute-api': 'defect_scope_not_execute_api',
  'scope-region-mismatch': 'defect_scope_region_mismatch',
  'scope-date-mismatch': 'defect_scope_date_mismatch',
};

const MALFORMED: SigV4Defect[] = [
  'missing-credential',
  'missing-signature',
  'missing-signed-headers',
  'missing-date',
  'whitespace-in-value',
  'newline-in-value',
];

/** Defects of the Authorization value itself (not of its scope). */
export function malformedFacts(a: ExchangeFacts): Evidence[] {
  return (a.sigv4?.defects ?? [])
    .filter((d) => MALFORMED.includes(d))
    .map((d) => fact('sigv4', DEFECT_FACT[d]));
}

/** Credential scope naming another service or region than the host's. */
export function scopeFacts(a: ExchangeFacts, onExecuteApi: boolean): Evidence[] {
  const facts: Evidence[] = [];
  if (!a.sigv4) return facts;
  if (a.sigv4.defects.includes('scope-not-execute-api') && onExecuteApi) {
    facts.push(fact('sigv4', 'scope_service', a.sigv4.service ?? '?'));
  }
  if (a.sigv4.defects.includes('scope-region-mismatch')) {
    facts.push(fact('sigv4', 'scope_region', a.sigv4.region ?? '?', a.endpoint.region ?? '?'));
  }
  return facts;
}
