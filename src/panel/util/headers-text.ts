import { type Exchange, redactUrl } from '../../core/index.ts';

/** Request and response headers as text for a ticket; copied-reports.ts masks it as the screen is masked. */
export function headersText(exchange: Exchange): string {
  const lines = (headers: Exchange['requestHeaders']) =>
    headers.map(({ name, value }) => `${name}: ${value}`);
  return [
    `${exchange.method} ${redactUrl(exchange.url)}`,
    ...lines(exchange.requestHeaders),
    '',
    `${exchange.status}`,
    ...lines(exchange.responseHeaders),
    '',
  ].join('\n');
}
