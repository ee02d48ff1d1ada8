import { EVIDENCE_WORDING, type EvidenceName } from './evidence-wording.ts';
import { maskSecrets } from './secrets.ts';
import type { Evidence, Translate } from './types.ts';

const PREFIX = 'cause_evidence_';

function inEnglish(name: EvidenceName, substitutions: string[]): string {
  return EVIDENCE_WORDING[name].replace(
    /\$([1-9])/g,
    (_whole, n: string) => substitutions[Number(n) - 1] ?? '',
  );
}

/**
 * One piece of evidence, worded by the locale message `cause_evidence_<name>`; wire values passed
 * as substitutions never carry a credential.
 */
export function fact(kind: string, name: EvidenceName, ...values: string[]): Evidence {
  const substitutions = values.map(maskSecrets);
  return { kind, detail: inEnglish(name, substitutions), key: `${PREFIX}${name}`, substitutions };
}

/** A header exactly as seen on the wire (no translation needed). */
export function headerFact(name: string, value: string): Evidence {
  return { kind: 'header', detail: `${name}: ${maskSecrets(value)}` };
}

/** The response status (no translation needed). */
export function statusFact(status: number): Evidence {
  return { kind: 'status', detail: `HTTP ${status}` };
}

/** Evidence in the reader's language (falls back to the English detail). */
export function evidenceText(evidence: Evidence, t: Translate): string {
  return (evidence.key && t(evidence.key, evidence.substitutions)) || evidence.detail;
}
