import { type Exchange, redactUrl } from '../../core/index.ts';
import { isSecretHeaderName } from '../../core/secret-model.ts';
import { maskedValue } from '../../ui/util/secret-headers.ts';

/** Request and response headers as text for a ticket, credentials masked as on screen. */
export function headersText(exchange: Exchange): string {
  const lines = (headers: Exchange['requestHeaders']) =>
    headers.map(
      ({ name, value }) => `${name}: ${isSecretHeaderName(name) ? maskedValue(name, value) : value}`,
    );
  return [
    `${exchange.method} ${redactUrl(exchange.url)}`,
    ...lines(exchange.requestHeaders),
    '',
    `${exchange.status}`,
    ...lines(exchange.responseHeaders),
    '',
  ].join('\n');
}
