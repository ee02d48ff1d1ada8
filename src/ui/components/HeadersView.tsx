import { useState } from 'react';
import type { Header } from '../../core/index.ts';
import { useT } from './TranslateContext.tsx';

/** A masked value (on-screen.ts decided, as the export would) shows its placeholder until clicked. */
function HeaderValue({ header, raw }: { header: Header; raw: string }) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  if (header.value === raw || revealed) return <span className="header-value">{raw}</span>;
  return (
    <button
      type="button"
      className="masked-value"
      data-testid="masked-secret"
      aria-label={t('ui_reveal_secret', [header.name])}
      onClick={() => setRevealed(true)}
    >
      {header.value}
    </button>
  );
}

interface Props {
  title: string;
  /** The headers as shown, masked. */
  headers: Header[];
  /** The same headers unmasked, in the same order: what a click reveals. */
  raw: Header[];
}

/** Request or response headers; credential values stay masked until clicked. */
export function HeadersView({ title, headers, raw }: Props) {
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
                <HeaderValue header={header} raw={raw[index]?.value ?? header.value} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
