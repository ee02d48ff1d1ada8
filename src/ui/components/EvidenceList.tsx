import { type Evidence, evidenceText } from '../../core/index.ts';
import { useT } from './TranslateContext.tsx';

/** Evidence kinds core produces (Evidence.kind); each has a label in both locales. */
const KINDS = new Set([
  'absence',
  'body',
  'context',
  'header',
  'host',
  'jwt',
  'path',
  'request',
  'sigv4',
  'status',
]);

/** The facts that matched, each naming the exact header, body text or host value. Captured data: text only. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const t = useT();
  return (
    <ul className="evidence-list">
      {evidence.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: evidence items have no identity and never reorder
        <li key={index}>
          <span className="evidence-kind">
            {KINDS.has(item.kind) ? t(`ui_evidence_kind_${item.kind}`) : item.kind}
          </span>{' '}
          <span className="evidence-detail">{evidenceText(item, t)}</span>
        </li>
      ))}
    </ul>
  );
}
