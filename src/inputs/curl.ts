/**
 * `curl -v` / `--verbose` transcripts (`*` info, `>` request, `<` response lines, body as printed)
 * and `--trace-ascii` / `--trace` dumps (`== Info:`, `=> Send header`, `<= Recv data` blocks), with or
 * without `--trace-time` stamps. One transcript may hold several requests (several URLs, `-L`
 * redirects): each request line starts a new exchange.
 */
import { decodeUtf8 } from '../core/index.ts';
import type { HarNameValue } from '../har/types.ts';
import {
  absoluteUrl,
  headerLine,
  headerOf,
  linesOf,
  requestLine,
  statusLine,
  toExchange,
} from './message.ts';
import type { ReadExchange } from './types.ts';

/** `--trace-time` puts `HH:MM:SS.micro ` before every line. */
const TIME_STAMP = /^\d\d:\d\d:\d\d\.\d+ /;
const CONNECTED = /Connected to (\S+) \(([^)]*)\) port (\d+)/;
/** curl 8 names the URL of each HTTP/2 stream; `-L` names the next URL. */
const STREAM_URL = /\[HTTP\/[23]\] \[\d+\] OPENED stream for (\S+)/;
const REDIRECT_URL = /Issue another request to this URL: '([^']+)'/;
/** `-v` without the body shows its size only. */
const DATA_PLACEHOLDER = /^[{}] \[[^\]]*\]\s*$/;

interface Building {
  method: string;
  target: string;
  httpVersion: string;
  requestHeaders: HarNameValue[];
  requestBody: string[];
  status?: number;
  statusText?: string;
  responseHeaders?: HarNameValue[];
  responseBody: string[];
  /** A `{ [N bytes data]` line: the body existed but was not shown. */
  bodyHidden: boolean;
  inResponseHead: boolean;
  inRequestHead: boolean;
  url?: string;
  scheme: string;
  serverIp?: string;
}

/** Connection facts the info lines give, carried to the next request. */
interface Connection {
  scheme?: string;
  serverIp?: string;
  url?: string;
}

function noteInfo(info: string, connection: Connection): void {
  const connected = CONNECTED.exec(info);
  if (connected) {
    connection.serverIp = (connected[2] as string).replace(/^\[|\]$/g, '');
    connection.scheme = connected[3] === '80' ? 'http' : 'https';
  }
  const url = STREAM_URL.exec(info)?.[1] ?? REDIRECT_URL.exec(info)?.[1];
  if (url) connection.url = url;
}

class TranscriptBuilder {
  readonly exchanges: ReadExchange[] = [];
  private current: Building | undefined;
  readonly connection: Connection = {};

  request(line: string): boolean {
    const start = requestLine(line);
    if (!start) return false;
    this.finish();
    this.current = {
      ...start,
      requestHeaders: [],
      requestBody: [],
      responseBody: [],
      bodyHidden: false,
      inResponseHead: false,
      inRequestHead: true,
      // HTTP/2 and HTTP/3 are only spoken over TLS.
      scheme: start.httpVersion.startsWith('HTTP/1') ? (this.connection.scheme ?? 'https') : 'https',
      ...(this.connection.url ? { url: this.connection.url } : {}),
      ...(this.connection.serverIp ? { serverIp: this.connection.serverIp } : {}),
    };
    this.connection.url = undefined;
    return true;
  }

  requestHeader(line: string): void {
    const current = this.current;
    if (!current) return;
    if (line.trim() === '') current.inRequestHead = false;
    else if (current.inRequestHead) {
      const header = headerLine(line);
      if (header) current.requestHeaders.push(header);
    }
  }

  response(line: string): void {
    const current = this.current;
    if (!current) return;
    const start = statusLine(line);
    if (start) {
      // 1xx answers (100 Continue, 103 Early Hints) come before the real one.
      if (start.status < 200) return;
      current.status = start.status;
      current.statusText = start.statusText;
      current.responseHeaders = [];
      current.inResponseHead = true;
      current.inRequestHead = false;
      return;
    }
    if (line.trim() === '') current.inResponseHead = false;
    else if (current.inResponseHead) {
      const header = headerLine(line);
      if (header) current.responseHeaders?.push(header);
    }
  }

  /** A line with no marker: request body while the request is being sent, else response body. */
  text(line: string): void {
    const current = this.current;
    if (!current) return;
    if (DATA_PLACEHOLDER.test(line)) {
      if (current.status !== undefined) current.bodyHidden = true;
      return;
    }
    if (current.status === undefined) {
      if (!current.inRequestHead) current.requestBody.push(line);
    } else if (!current.inResponseHead) current.responseBody.push(line);
  }

  data(direction: 'send' | 'recv', text: string): void {
    const current = this.current;
    if (!current) return;
    (direction === 'send' ? current.requestBody : current.responseBody).push(text);
  }

  finish(): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    const url =
      current.url ?? absoluteUrl(current.target, headerOf(current.requestHeaders, 'host'), current.scheme);
    const requestBody = current.requestBody.join('\n').trim();
    const responseBody = current.responseBody.join('\n').trim();
    this.exchanges.push(
      toExchange({
        method: current.method,
        ...(url ? { url } : {}),
        httpVersion: current.httpVersion,
        requestHeaders: current.requestHeaders,
        ...(requestBody === '' ? {} : { requestBody }),
        ...(current.status === undefined
          ? {}
          : {
              status: current.status,
              statusText: current.statusText ?? '',
              responseHeaders: current.responseHeaders ?? [],
            }),
        ...(responseBody === '' || current.bodyHidden ? {} : { responseBody }),
        ...(current.serverIp ? { serverIp: current.serverIp } : {}),
      }),
    );
  }
}

function readVerbose(lines: string[]): ReadExchange[] {
  const builder = new TranscriptBuilder();
  for (const raw of lines) {
    const line = raw.replace(TIME_STAMP, '');
    if (line.startsWith('* ') || line === '*') noteInfo(line, builder.connection);
    else if (line.startsWith('> ') || line === '>') {
      const content = line.slice(2);
      if (!builder.request(content)) builder.requestHeader(content);
    } else if (line.startsWith('< ') || line === '<') builder.response(line.slice(2));
    else builder.text(line);
  }
  builder.finish();
  return builder.exchanges;
}

const BLOCK_START =
  /^(==|=>|<=) (Info|Send header|Send data|Recv header|Recv data|Send SSL data|Recv SSL data)(?:[:,] ?(.*))?$/;
const ASCII_LINE = /^[0-9a-f]{4,}: ?(.*)$/;
const HEX_LINE = /^[0-9a-f]{4,}: ((?:[0-9a-f]{2} ){1,16})/;

interface Block {
  kind: string;
  lines: string[];
}

function decodeHex(lines: string[]): string {
  const bytes: number[] = [];
  for (const line of lines) {
    const hex = HEX_LINE.exec(line)?.[1] ?? '';
    for (const pair of hex.trim().split(' ')) if (pair !== '') bytes.push(Number.parseInt(pair, 16));
  }
  return decodeUtf8(new Uint8Array(bytes)).text;
}

/** A block's text: `--trace` dumps are hex bytes; `--trace-ascii` breaks lines at CRLF or at 64 bytes. */
function blockText(block: Block, header: boolean): string {
  if (block.lines.length > 0 && block.lines.every((line) => HEX_LINE.test(line)))
    return decodeHex(block.lines);
  const pieces = block.lines.map((line) => ASCII_LINE.exec(line)?.[1] ?? line);
  return pieces.join(header ? '\n' : '');
}

function readTrace(lines: string[]): ReadExchange[] {
  const builder = new TranscriptBuilder();
  const blocks: Block[] = [];
  for (const raw of lines) {
    const line = raw.replace(TIME_STAMP, '');
    const start = BLOCK_START.exec(line);
    if (start) blocks.push({ kind: start[2] as string, lines: start[2] === 'Info' ? [start[3] ?? ''] : [] });
    // Every dump line carries an offset; a blank line is the end of the paste, not data.
    else if (line.trim() !== '') blocks.at(-1)?.lines.push(line);
  }
  for (const block of blocks) {
    if (block.kind === 'Info') noteInfo(block.lines.join(' '), builder.connection);
    else if (block.kind === 'Send header') {
      for (const line of linesOf(blockText(block, true))) {
        if (!builder.request(line)) builder.requestHeader(line);
      }
    } else if (block.kind === 'Recv header') {
      // Each block is one header line with its CRLF; a block holding only the CRLF ends the head.
      const content = linesOf(blockText(block, true)).filter((line) => line.trim() !== '');
      if (content.length === 0) builder.response('');
      for (const line of content) builder.response(line);
    } else if (block.kind === 'Send data') builder.data('send', blockText(block, false));
    else if (block.kind === 'Recv data') builder.data('recv', blockText(block, false));
  }
  builder.finish();
  return builder.exchanges;
}

export const TRACE_MARKER = /^(?:\d\d:\d\d:\d\d\.\d+ )?(?:== Info:|=> Send header|<= Recv header)/m;
export const VERBOSE_MARKER =
  /^(?:\d\d:\d\d:\d\d\.\d+ )?(?:> [A-Z][A-Z-]* \S+ HTTP\/\d|< HTTP\/\d(?:\.\d)? \d{3})/m;

export function readCurl(text: string): ReadExchange[] {
  const lines = linesOf(text);
  return TRACE_MARKER.test(text) ? readTrace(lines) : readVerbose(lines);
}
