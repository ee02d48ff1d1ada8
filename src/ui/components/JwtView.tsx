import { authorizationShape, decodeJwt, type Exchange } from '../../core/index.ts';
import { useT } from './TranslateContext.tsx';

const TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;

function bearerToken(exchange: Exchange): string | undefined {
  const value = exchange.requestHeaders.find((header) => header.name === 'authorization')?.value;
  if (value === undefined) return undefined;
  const shape = authorizationShape(value);
  return shape.scheme === 'bearer' || shape.scheme === 'raw-token' ? shape.token : undefined;
}

/** The bearer token's header and claims, decoded locally (never verified, never sent anywhere). */
export function JwtView({ exchange }: { exchange: Exchange }) {
  const t = useT();
  const token = bearerToken(exchange);
  if (token === undefined) return <p className="muted">{t('ui_jwt_none')}</p>;
  const decoded = decodeJwt(token);
  if (!decoded.ok) return <p className="muted">{t('ui_jwt_not_jwt')}</p>;
  const serverDate = exchange.responseHeaders.find((header) => header.name === 'date')?.value;
  return (
    <section className="jwt-view" aria-label={t('ui_tab_jwt')}>
      <p className="muted">{t('ui_jwt_local_only')}</p>
      <table className="facts-table">
        <tbody>
          {TIME_CLAIMS.map((claim) => {
            const seconds = decoded.claims[claim];
            return typeof seconds === 'number' ? (
              <tr key={claim}>
                <th scope="row">{claim}</th>
                <td>{new Date(seconds * 1000).toISOString()}</td>
              </tr>
            ) : null;
          })}
          {serverDate ? (
            <tr>
              <th scope="row">{t('ui_jwt_server_date')}</th>
              <td>{serverDate}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <h3>{t('ui_jwt_header')}</h3>
      <pre>{JSON.stringify(decoded.header, null, 2)}</pre>
      <h3>{t('ui_jwt_claims')}</h3>
      <pre>{JSON.stringify(decoded.claims, null, 2)}</pre>
    </section>
  );
}
