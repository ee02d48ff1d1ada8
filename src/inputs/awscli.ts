/**
 * AWS CLI `--debug` output (botocore's logging): the request from "Sending http request:
 * <AWSPreparedRequest …>", the status from urllib3's `"POST /path HTTP/1.1" 403 …` line, the
 * response from "Response headers: {…}" and "Response body:" followed by a Python bytes literal.
 * Retries log the same lines again: each "Sending" starts an exchange.
 */
import type { HarNameValue } from '../har/types.ts';
import { type ExchangeParts, linesOf, toExchange } from './message.ts';
import type { ReadExchange } from './types.ts';

const SENDING = /Sending http request: <(?:AWS)?PreparedRequest (.*)>\s*$/;
const STATUS = /connectionpool - DEBUG - \S+ "([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3})/;
const RESPONSE_HEADERS = /Response headers: (\{.*\})\s*$/;
const RESPONSE_BODY = /Response body:\s*(.*)$/;
/** `'name': b'value'` or `'name': "value"` pairs of a Python dict literal. */
const PY_PAIR = /'((?:[^'\\]|\\.)*)':\s*b?(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;

export const AWSCLI_MARKER = /botocore\.(?:endpoint|parsers|hooks|auth)|awscli\.clidriver/;

/** Undoes Python's string/bytes escapes (`\n`, `\'`, `\\`, `\xNN`); non-ASCII bytes stay as Latin-1. */
function unescapePython(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, code: string) => {
    if (code.length > 1) return String.fromCharCode(Number.parseInt(code.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[code] ?? code;
  });
}

function pythonDict(text: string): HarNameValue[] {
  return [...text.matchAll(PY_PAIR)].map((match) => ({
    name: unescapePython(match[1] as string),
    value: unescapePython(match[2] ?? match[3] ?? ''),
  }));
}

function pythonLiteral(text: string): string {
  const match = /^b?(['"])([\s\S]*)\1\s*$/.exec(text.trim());
  return match ? unescapePython(match[2] as string) : text.trim();
}

export function readAwsCli(text: string): ReadExchange[] {
  const exchanges: ExchangeParts[] = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const current = exchanges.at(-1);
    const sending = SENDING.exec(line);
    if (sending) {
      const fields = sending[1] as string;
      const method = /method=([A-Z]+)/.exec(fields)?.[1];
      const url = /url=([^,\s]+)/.exec(fields)?.[1];
      const headers = /headers=(\{.*\})/.exec(fields)?.[1];
      exchanges.push({
        ...(method ? { method } : {}),
        ...(url ? { url } : {}),
        ...(headers ? { requestHeaders: pythonDict(headers) } : {}),
      });
      continue;
    }
    if (!current) continue;
    const status = STATUS.exec(line);
    if (status) {
      current.status = Number(status[3]);
      current.method ??= status[1] as string;
      continue;
    }
    const headers = RESPONSE_HEADERS.exec(line);
    if (headers) {
      current.responseHeaders = pythonDict(headers[1] as string);
      continue;
    }
    const body = RESPONSE_BODY.exec(line);
    if (body) {
      // The literal follows on the next line (botocore logs "Response body:\nb'…'").
      const literal = (body[1] as string).trim() === '' ? (lines[i + 1] ?? '') : (body[1] as string);
      if ((body[1] as string).trim() === '') i += 1;
      current.responseBody = pythonLiteral(literal);
    }
  }
  return exchanges.map(toExchange);
}
