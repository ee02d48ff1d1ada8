import type { CanonicalComparison, Evidence, Exchange } from '../../core/index.ts';
import { sigv4Details } from '../../core/index.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { useT } from './TranslateContext.tsx';

interface Props {
  exchange: Exchange;
  region?: string;
  /** The diagnosis's SigV4 findings (clock skew, scope, AWS's canonical-request diff), if any. */
  evidence: Evidence[];
}

/** One canonical request, line by line; the first line that differs from the other one is marked. */
function CanonicalLines({ title, lines, differsAt }: { title: string; lines: string[]; differsAt?: number }) {
  return (
    <>
      <h4>{title}</h4>
      <ol className="canonical-lines">
        {lines.map((line, index) => {
          const differs = index + 1 === differsAt;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a canonical request's lines are positional
            <li key={index} className={differs ? 'differs' : undefined} data-differs={differs || undefined}>
              <code>{differs ? <mark>{line}</mark> : line}</code>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function CanonicalDiff({ canonical }: { canonical: CanonicalComparison }) {
  const t = useT();
  const { difference } = canonical;
  return (
    <section className="canonical-diff" data-testid="canonical-diff">
      <h3>
        {difference
          ? t('ui_sigv4_first_difference', [String(difference.line), difference.part])
          : t('cause_evidence_canonical_matches')}
      </h3>
      <CanonicalLines
        title={t('ui_sigv4_canonical_expected')}
        lines={canonical.expected}
        differsAt={difference?.line}
      />
      <CanonicalLines
        title={t('ui_sigv4_canonical_rebuilt')}
        lines={canonical.rebuilt}
        differsAt={difference?.line}
      />
    </section>
  );
}

/** The request's SigV4 signature taken apart: scope, signed headers, date, and what the classifier found in it. */
export function SigV4View({ exchange, region, evidence }: Props) {
  const t = useT();
  const details = sigv4Details(exchange, region);
  if (!details) return <p className="muted">{t('ui_sigv4_none')}</p>;
  const { info, skew, canonical } = details;
  const rows: Array<[string, string]> = [
    [t('ui_sigv4_source'), t(`ui_sigv4_source_${info.source}`)],
    [
      t('ui_sigv4_scope'),
      [info.scopeDate, info.region, info.service, 'aws4_request'].map((p) => p ?? '?').join('/'),
    ],
    [t('ui_sigv4_host_region'), region ?? '—'],
    [t('ui_sigv4_signed_headers'), info.signedHeaders.join(';')],
    [t('ui_sigv4_date'), info.amzDate ?? '—'],
    [t('ui_sigv4_security_token'), info.hasSecurityToken ? t('ui_yes') : t('ui_no')],
    ...(skew
      ? [[t('ui_sigv4_skew'), t('ui_sigv4_skew_value', [String(skew.seconds)])] as [string, string]]
      : []),
  ];
  return (
    <section className="sigv4-view" aria-label={t('ui_tab_sigv4')}>
      <table className="facts-table">
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {info.defects.length > 0 ? (
        <>
          <h3>{t('ui_sigv4_defects')}</h3>
          <ul>
            {info.defects.map((defect) => (
              <li key={defect}>{t(`cause_evidence_defect_${defect.replace(/-/g, '_')}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {canonical ? <CanonicalDiff canonical={canonical} /> : null}
      {evidence.length > 0 ? (
        <>
          <h3>{t('ui_sigv4_findings')}</h3>
          <EvidenceList evidence={evidence} />
        </>
      ) : null}
    </section>
  );
}
