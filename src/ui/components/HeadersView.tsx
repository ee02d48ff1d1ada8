import { useState } from 'react';
import type { Header } from '../../core/index.ts';
import { isSecretHeaderName } from '../../core/secret-model.ts';
import { maskedValue } from '../util/secret-headers.ts';
import { useT } from './TranslateContext.tsx';

function HeaderValue({ header }: { header: Header }) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  // The same rule as redaction: a header is masked here exactly when an export would redact it.
  if (!isSecretHeaderName(header.name) || revealed)
    return <span className="header-value">{header.value}</span>;
  return (
    <button
      type="button"
      className="masked-value"
      data-testid="masked-secret"
      aria-label={t('ui_reveal_secret', [header.name])}
      onClick={() => setRevealed(true)}
    >
      {maskedValue(header.name, header.value)}
    </button>
  );
}

/** Request or response headers; credential values stay masked until clicked. */
export function HeadersView({ title, headers }: { title: string; headers: Header[] }) {
  const t = useT();
  return (
    <section className="headers-view" aria-label={title}>
      <h3>{title}</h3>
      {headers.length === 0 ? (
        <p className="muted">{t('ui_headers_none')}</p>
      ) : (
        <dl>
          {headers.map((header, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: repeated header names are legal; position is the identity
            <div key={index} className="header-line">
              <dt>{header.name}</dt>
              <dd>
                <HeaderValue header={header} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
