/**
 * A bare response body pasted on its own (`{"message":"Missing Authentication Token"}`, an HTML
 * error page, one error line). Everything else about the exchange comes from the hints, or is
 * unknown.
 */
import { toExchange } from './message.ts';
import type { InputHints, ReadExchange } from './types.ts';

export function readText(text: string, hints: InputHints = {}): ReadExchange[] {
  const body = text.trim();
  return [
    toExchange({
      ...(hints.method ? { method: hints.method } : {}),
      ...(hints.url ? { url: hints.url } : {}),
      ...(hints.status === undefined ? {} : { status: hints.status }),
      ...(hints.headers && hints.headers.length > 0 ? { responseHeaders: hints.headers } : {}),
      responseBody: body,
    }),
  ];
}
