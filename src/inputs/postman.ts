/**
 * A Postman console entry copied as text: an optional `METHOD URL` line and a status line, then
 * "Request Headers", "Request Body", "Response Headers", "Response Body" sections in any order
 * (headers as `Name: value` or tab-separated, as the console's and the Headers tab's copies give).
 */
import type { HarNameValue } from '../har/types.ts';
import { type ExchangeParts, headerLine, linesOf, toExchange } from './message.ts';
import type { ReadExchange } from './types.ts';

const SECTION = /^\s*(Request Headers|Request Body|Response Headers|Response Body)\s*:?\s*$/i;
const REQUEST = /^\s*([A-Z]+)\s+(https?:\/\/\S+)\s*$/;
/** `403`, `403 Forbidden`, `Status: 403 Forbidden`, `403 Forbidden 120 ms`. */
const STATUS = /^\s*(?:Status:?\s*)?([1-5]\d\d)(?:\s+([A-Za-z][A-Za-z ]*?))?(?:\s+\d+(?:\.\d+)?\s*ms)?\s*$/i;

export const POSTMAN_MARKER = /^\s*(?:Request Headers|Response Headers|Response Body)\s*:?\s*$/im;

export function readPostman(text: string): ReadExchange[] {
  const parts: ExchangeParts = {};
  const sections = new Map<string, string[]>();
  let section: string[] | undefined;
  for (const line of linesOf(text)) {
    const heading = SECTION.exec(line);
    if (heading) {
      section = [];
      sections.set((heading[1] as string).toLowerCase(), section);
      continue;
    }
    if (section) {
      section.push(line);
      continue;
    }
    const request = REQUEST.exec(line);
    const status = STATUS.exec(line);
    if (request) Object.assign(parts, { method: request[1], url: request[2] });
    else if (status) Object.assign(parts, { status: Number(status[1]), statusText: status[2] ?? '' });
  }
  const headers = (name: string): HarNameValue[] | undefined =>
    sections.get(name)?.flatMap((line) => headerLine(line) ?? []);
  const body = (name: string): string | undefined => {
    const text = sections.get(name)?.join('\n').trim();
    return text === undefined || text === '' ? undefined : text;
  };
  const requestHeaders = headers('request headers');
  const responseHeaders = headers('response headers');
  const requestBody = body('request body');
  const responseBody = body('response body');
  return [
    toExchange({
      ...parts,
      ...(requestHeaders ? { requestHeaders } : {}),
      ...(responseHeaders ? { responseHeaders } : {}),
      ...(requestBody === undefined ? {} : { requestBody }),
      ...(responseBody === undefined ? {} : { responseBody }),
    }),
  ];
}
