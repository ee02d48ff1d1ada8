/**
 * What the CLI must do with each bad input. `refused`: exit 2, nothing on stdout, ONE line on stderr
 * that names the place (`mentions`). `analysed`: exit 0, a JSON report, warnings one per line.
 * Files are in `corpus/` unless `generated` (built at test time, see generated.ts).
 */

export type Expectation =
  | { refused: { mentions: string } }
  | {
      analysed: {
        /** Indices of `log.entries` that must be flagged (exactly these). */
        flagged: number[];
        /** Top cause of each flagged entry, when the input still says clearly what happened. */
        topCause?: string;
        /** The report must equal clean.har's, entry for entry (the quirk changes nothing). */
        sameAsClean?: boolean;
        /** A warning that must be printed (stderr). */
        warns?: string;
      };
    };

export interface MalformedCase {
  file: string;
  what: string;
  generated?: boolean;
  expect: Expectation;
}

const refused = (mentions: string): Expectation => ({ refused: { mentions } });
const analysed = (
  flagged: number[],
  more: Omit<Extract<Expectation, { analysed: unknown }>['analysed'], 'flagged'> = {},
) => ({
  analysed: { flagged, ...more },
});
const MISSING_TOKEN = 'resource-not-found-unsigned';

export const CASES: MalformedCase[] = [
  // The file as a whole
  { file: 'empty.har', what: 'zero bytes', expect: refused('empty') },
  { file: 'whitespace-only.har', what: 'only spaces and newlines', expect: refused('empty') },
  { file: 'not-json.har', what: 'a line of prose', expect: refused('JSON') },
  { file: 'truncated.har', what: 'valid HAR cut at 60%', expect: refused('log.entries[0]') },
  {
    file: 'trailing-garbage.har',
    what: 'a second JSON document after the HAR',
    expect: refused('after the end'),
  },
  { file: 'gzip-renamed.har', what: 'gzip file renamed .har', expect: refused('gzip') },
  { file: 'json-array.har', what: '`[]`', expect: refused('$') },
  { file: 'json-null.har', what: '`null`', expect: refused('$') },
  { file: 'json-string.har', what: 'a JSON string', expect: refused('$') },
  { file: 'no-log.har', what: 'entries at the top, no `log`', expect: refused('log') },
  { file: 'log-not-object.har', what: '`log` is a string', expect: refused('log') },
  { file: 'missing-entries.har', what: 'no `log.entries`', expect: refused('log.entries') },
  { file: 'entries-not-array.har', what: '`log.entries` is an object', expect: refused('log.entries') },
  // Wrong types inside an entry
  { file: 'entry-not-object.har', what: 'second entry is a number', expect: refused('log.entries[1]') },
  { file: 'entry-null.har', what: 'second entry is null', expect: refused('log.entries[1]') },
  { file: 'request-missing.har', what: 'entry without request', expect: refused('log.entries[0].request') },
  { file: 'request-not-object.har', what: 'request is a string', expect: refused('log.entries[0].request') },
  {
    file: 'method-number.har',
    what: 'request.method is a number',
    expect: refused('log.entries[0].request.method'),
  },
  { file: 'url-number.har', what: 'request.url is a number', expect: refused('log.entries[0].request.url') },
  {
    file: 'request-headers-object.har',
    what: 'request.headers is an object',
    expect: refused('log.entries[0].request.headers'),
  },
  {
    file: 'request-header-string.har',
    what: 'a request header is a "name: value" string',
    expect: refused('log.entries[0].request.headers[0]'),
  },
  {
    file: 'response-header-name-null.har',
    what: 'a response header name is null',
    expect: refused('log.entries[0].response.headers[6]'),
  },
  {
    file: 'response-not-object.har',
    what: 'response is a number',
    expect: refused('log.entries[0].response'),
  },
  { file: 'status-boolean.har', what: 'status is `true`', expect: refused('log.entries[0].response.status') },
  {
    file: 'status-infinite.har',
    what: 'status is `1e400`',
    expect: refused('log.entries[0].response.status'),
  },
  {
    file: 'deep-custom-field.har',
    what: 'a `_` field nested 100,000 levels deep',
    generated: true,
    expect: refused('log.entries[0]._deep'),
  },
  {
    file: 'deep-entry-160mb.har',
    what: 'an array nested 80 million deep in an entry (160 MB, read whole)',
    generated: true,
    expect: refused('log.entries[0]._deep'),
  },
  {
    file: 'deep-entry-260mb.har',
    what: 'an array nested 130 million deep in an entry (260 MB, streamed)',
    generated: true,
    expect: refused('log.entries[0]._deep'),
  },
  {
    file: 'deep-log-field.har',
    what: 'an array nested 2 million deep beside the entries',
    generated: true,
    expect: refused('log._deep'),
  },
  // Survivable quirks: analysed, with a warning where something was ignored or repaired
  { file: 'clean.har', what: 'the reference file', expect: analysed([0], { topCause: MISSING_TOKEN }) },
  { file: 'bom.har', what: 'UTF-8 byte order mark', expect: analysed([0], { sameAsClean: true }) },
  {
    file: 'utf16le-bom.har',
    what: 'UTF-16LE with BOM (Windows tools)',
    expect: analysed([0], { sameAsClean: true }),
  },
  { file: 'entries-empty.har', what: 'no entries', expect: analysed([]) },
  {
    file: 'duplicate-entries.har',
    what: 'the same entry twice',
    expect: analysed([0, 1], { topCause: MISSING_TOKEN }),
  },
  {
    file: 'no-response.har',
    what: 'first entry has no response',
    expect: analysed([1], { topCause: MISSING_TOKEN, warns: 'log.entries[0].response' }),
  },
  {
    file: 'status-zero-blocked.har',
    what: 'a request that never got an answer (status 0, net::ERR_FAILED)',
    expect: analysed([1], { topCause: MISSING_TOKEN }),
  },
  {
    file: 'status-as-string.har',
    what: 'status written as "403"',
    expect: analysed([0], { sameAsClean: true, warns: 'log.entries[0].response.status' }),
  },
  {
    file: 'missing-optional-fields.har',
    what: 'no log.version/creator, cache, timings, time, content.text; date without zone',
    expect: analysed([0], { warns: 'log.entries[0].cache' }),
  },
  {
    file: 'content-not-object.har',
    what: 'response.content is a string',
    expect: analysed([0], { warns: 'log.entries[0].response.content' }),
  },
  {
    file: 'content-text-number.har',
    what: 'response.content.text is a number',
    expect: analysed([0], { warns: 'log.entries[0].response.content.text' }),
  },
  {
    file: 'cookies-not-array.har',
    what: 'request.cookies is a string',
    expect: analysed([0], { sameAsClean: true, warns: 'log.entries[0].request.cookies' }),
  },
  {
    file: 'query-string-object.har',
    what: 'request.queryString is an object',
    expect: analysed([0], { sameAsClean: true, warns: 'log.entries[0].request.queryString' }),
  },
  {
    file: 'post-data-not-object.har',
    what: 'request.postData is a string',
    expect: analysed([0], { warns: 'log.entries[0].request.postData' }),
  },
  {
    file: 'response-header-value-number.har',
    what: 'a response header value is a number',
    expect: analysed([0], { topCause: MISSING_TOKEN }),
  },
  {
    file: 'numbers-odd.har',
    what: 'negative timings, size 1e308',
    expect: analysed([0], { sameAsClean: true }),
  },
  { file: 'dates-odd.har', what: 'empty, prose and out-of-range dates', expect: analysed([0, 1, 2, 3]) },
  {
    file: 'bad-urls.har',
    what: 'empty, relative, javascript:, data:, bad port, bad escapes',
    // The URL is junk but the response carries API Gateway's ids: still its 403 to explain.
    expect: analysed([0, 1, 2, 3, 4, 5, 6, 7], {
      topCause: MISSING_TOKEN,
      warns: 'log.entries[1].request.url',
    }),
  },
  {
    file: 'proto-keys.har',
    what: 'headers named __proto__ / constructor, a `__proto__` key on the entry',
    expect: analysed([0], { topCause: MISSING_TOKEN }),
  },
  {
    file: 'header-oddities.har',
    what: 'empty header, CR/LF and NUL in header values, errortype with `:` suffix',
    expect: analysed([0], { topCause: MISSING_TOKEN }),
  },
  // Bodies
  { file: 'base64-body.har', what: 'JSON body base64-encoded', expect: analysed([0], { sameAsClean: true }) },
  { file: 'bad-base64-body.har', what: 'base64 label on a non-base64 body', expect: analysed([0]) },
  {
    file: 'unknown-encoding-body.har',
    what: 'content.encoding "rot13"',
    expect: analysed([0], { sameAsClean: true }),
  },
  {
    file: 'gzip-labelled-body.har',
    what: 'content-encoding: gzip header, body already decoded (as DevTools saves it)',
    expect: analysed([0], { topCause: MISSING_TOKEN }),
  },
  { file: 'gzip-bytes-body.har', what: 'body is raw gzip bytes in base64', expect: analysed([0]) },
  { file: 'binary-body.har', what: 'PNG bytes as the body', expect: analysed([0]) },
  { file: 'invalid-utf8-body.har', what: 'invalid UTF-8 inside the message', expect: analysed([0]) },
  {
    file: 'html-body.har',
    what: 'CloudFront HTML error page',
    expect: analysed([0], { topCause: 'origin-cloudfront' }),
  },
  {
    file: 'xml-body.har',
    what: 'S3 XML AccessDenied',
    expect: analysed([0], { topCause: 'not-api-gateway' }),
  },
  {
    file: 'hostile-content.har',
    what: 'ANSI/OSC escapes, <script>, <img onerror>, javascript: URL, RTL override, zero-width in body, headers, URL',
    expect: analysed([0], { topCause: 'lambda-authorizer-explicit-deny' }),
  },
  {
    file: 'deep-json-body.har',
    what: 'a body of 100,000 nested arrays',
    generated: true,
    expect: analysed([0], { topCause: MISSING_TOKEN }),
  },
  {
    file: '10k-headers.har',
    what: '10,000 response headers',
    generated: true,
    expect: analysed([0], { sameAsClean: true }),
  },
  {
    file: '50mb-body.har',
    what: 'one 50 MB JSON body, message first',
    generated: true,
    expect: analysed([0], { topCause: MISSING_TOKEN }),
  },
];
