import type { Evidence } from '../../core/index.ts';

/** The facts that matched, each naming the exact header, body text or host value. Captured data: text only. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  return (
    <ul className="evidence-list">
      {evidence.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: evidence items have no identity and never reorder
        <li key={index}>
          <span className="evidence-kind">{item.kind}</span>{' '}
          <span className="evidence-detail">{item.detail}</span>
        </li>
      ))}
    </ul>
  );
}
