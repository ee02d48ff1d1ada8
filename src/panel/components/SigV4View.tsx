import type { Evidence, Exchange } from '../../core/index.ts';
import { parseSigV4 } from '../../core/index.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { useT } from './TranslateContext.tsx';

interface Props {
  exchange: Exchange;
  region?: string;
  /** The diagnosis's SigV4 findings (clock skew, scope, AWS's canonical-request diff), if any. */
  evidence: Evidence[];
}

/** The request's SigV4 signature taken apart: scope, signed headers, date, and what the classifier found in it. */
export function SigV4View({ exchange, region, evidence }: Props) {
  const t = useT();
  const info = parseSigV4(exchange, region);
  if (!info) return <p className="muted">{t('ui_sigv4_none')}</p>;
  const rows: Array<[string, string]> = [
    [t('ui_sigv4_source'), t(`ui_sigv4_source_${info.source}`)],
    [
      t('ui_sigv4_scope'),
      [info.scopeDate, info.region, info.service, 'aws4_request'].map((p) => p ?? '?').join('/'),
    ],
    [t('ui_sigv4_signed_headers'), info.signedHeaders.join(';')],
    [t('ui_sigv4_date'), info.amzDate ?? '—'],
    [t('ui_sigv4_security_token'), info.hasSecurityToken ? t('ui_yes') : t('ui_no')],
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
              <li key={defect}>
                <code>{defect}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {evidence.length > 0 ? (
        <>
          <h3>{t('ui_sigv4_findings')}</h3>
          <EvidenceList evidence={evidence} />
        </>
      ) : null}
    </section>
  );
}
