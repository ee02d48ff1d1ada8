import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, emptyContext, exchangeFromHarEntry, headerValue } from '../core/index.ts';
import { detectFormat, readInput } from './read.ts';
import type { InputFormat, ReadExchange } from './types.ts';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function read(name: string, format?: InputFormat): { format: InputFormat; exchanges: ReadExchange[] } {
  const result = readInput(fixture(name), format ? { format } : {});
  if (!('exchanges' in result)) throw new Error(`${name} read as HAR`);
  return result;
}

const only = (exchanges: ReadExchange[]): ReadExchange => {
  expect(exchanges).toHaveLength(1);
  return exchanges[0] as ReadExchange;
};

describe('format detection on the real fixtures', () => {
  it.each([
    ['curl-v-waf-forbidden.txt', 'curl'],
    ['curl-v-private-api-via-nlb.txt', 'curl'],
    ['curl-v-trace-time-example-com.txt', 'curl'],
    ['curl-trace-ascii-example-com.txt', 'curl'],
    ['curl-trace-hex-example-com.txt', 'curl'],
    ['http-chalice-missing-token.txt', 'http'],
    ['http-curl-i-custom-domain-404.txt', 'http'],
    ['httpie-xh-missing-token.txt', 'httpie'],
    ['httpie-v-pellet.txt', 'httpie'],
    ['postman-console-request-headers.txt', 'postman'],
    ['awscli-debug-iam-list-groups.txt', 'awscli'],
    ['text-missing-token.txt', 'text'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it('recognises a HAR document and leaves it to har/', () => {
    const har = readFileSync(new URL('../har/__fixtures__/chromium.har', import.meta.url), 'utf8');
    expect(readInput(har)).toEqual({ format: 'har' });
  });
});

describe('curl -v', () => {
  it('reads request, response and the body printed after "left intact"', () => {
    const { entry, missing } = only(read('curl-v-waf-forbidden.txt').exchanges);
    expect(missing).toEqual([]);
    expect(entry.request.method).toBe('GET');
    expect(entry.request.url).toBe('https://bvjsehtazj.execute-api.us-east-2.amazonaws.com/Prod/helloworld');
    expect(entry.request.headers).toContainEqual({ name: 'x-from', value: 'blackhathacker' });
    expect(entry.response.status).toBe(403);
    expect(entry.response.headers).toContainEqual({ name: 'x-amzn-errortype', value: 'ForbiddenException' });
    expect(entry.response.content?.text).toBe('{"message":"Forbidden"}');
    expect(entry.serverIPAddress).toBe('99.86.58.103');
    // Nothing of the TLS chatter or the "<< BORING" note leaks into headers.
    expect(entry.response.headers).toHaveLength(10);
  });

  it('asks the Host header, not the connected host, and keeps the IP that answered', () => {
    const { entry } = only(read('curl-v-private-api-via-nlb.txt').exchanges);
    expect(entry.request.url).toBe(
      'https://3i95y1yx06.execute-api.cn-northwest-1.amazonaws.com/dev/webpage-vpc-non-proxy',
    );
    expect(entry.serverIPAddress).toBe('10.0.3.22');
    expect(entry.response.statusText).toBe('Forbidden');
  });

  it('strips --trace-time stamps; a response cut short has no known body', () => {
    const { entry, missing } = only(read('curl-v-trace-time-example-com.txt').exchanges);
    expect(entry.request.url).toBe('http://example.com/');
    expect(entry.response.headers.map((h) => h.name)).toEqual([
      'Accept-Ranges',
      'Cache-Control',
      'Content-Type',
    ]);
    expect(missing).toEqual(['response-body']);
    expect(exchangeFromHarEntry(entry).body.kind).toBe('absent');
  });

  it('reads --trace-ascii and --trace (hex) dumps to the same exchange', () => {
    const ascii = only(read('curl-trace-ascii-example-com.txt').exchanges);
    const hex = only(read('curl-trace-hex-example-com.txt').exchanges);
    expect(ascii.entry.request.url).toBe('http://example.com/');
    expect(ascii.entry.request.headers).toEqual([
      { name: 'Host', value: 'example.com' },
      { name: 'User-Agent', value: 'curl/7.45.0' },
      { name: 'Accept', value: '*/*' },
    ]);
    expect(ascii.entry.response.status).toBe(200);
    expect(ascii.entry.response.headers.map((h) => h.name)).toEqual(['Accept-Ranges', 'Cache-Control']);
    expect(hex.entry.request).toEqual(ascii.entry.request);
    expect(hex.entry.response.headers).toEqual([{ name: 'Accept-Ranges', value: 'bytes' }]);
  });

  it('splits several requests and follows -L redirects (synthetic: the shape curl 8 prints)', () => {
    const transcript = [
      '* Connected to abc123.execute-api.eu-west-1.amazonaws.com (3.5.1.2) port 443',
      '> GET /prod HTTP/1.1',
      '> Host: abc123.execute-api.eu-west-1.amazonaws.com',
      '>',
      '< HTTP/1.1 301 Moved Permanently',
      '< Location: /prod/',
      '< Content-Length: 0',
      '<',
      "* Issue another request to this URL: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/'",
      '> GET /prod/ HTTP/1.1',
      '> Host: abc123.execute-api.eu-west-1.amazonaws.com',
      '>',
      '< HTTP/1.1 100 Continue',
      '< HTTP/1.1 403 Forbidden',
      '< x-amzn-ErrorType: MissingAuthenticationTokenException',
      '<',
      '{ [42 bytes data]',
    ].join('\n');
    const result = readInput(transcript);
    if (!('exchanges' in result)) throw new Error('read as HAR');
    const [first, second] = result.exchanges as [ReadExchange, ReadExchange];
    expect(result.exchanges).toHaveLength(2);
    expect(first.entry.response.status).toBe(301);
    expect(first.missing).toEqual([]); // Content-Length: 0 is a known empty body.
    expect(second.entry.request.url).toBe('https://abc123.execute-api.eu-west-1.amazonaws.com/prod/');
    expect(second.entry.response.status).toBe(403);
    // "{ [42 bytes data]": curl had a body and did not show it.
    expect(second.missing).toEqual(['response-body']);
  });
});

describe('raw HTTP and HTTPie', () => {
  it('reads a response alone: the request is unknown, the body is known', () => {
    const { entry, missing } = only(read('http-chalice-missing-token.txt').exchanges);
    expect(missing).toEqual(['url', 'request-headers']);
    expect(entry.response.status).toBe(403);
    expect(JSON.parse(entry.response.content?.text ?? '')).toEqual({
      message: 'Missing Authentication Token',
    });
  });

  it('skips the command line before a curl -i response; a body not shown is unknown', () => {
    const { entry, missing } = only(read('http-curl-i-custom-domain-404.txt').exchanges);
    expect(entry.response.status).toBe(404);
    expect(missing).toContain('response-body');
  });

  it('reads HTTPie -v: request then response, across its blank lines', () => {
    const { entry, missing } = only(read('httpie-v-pellet.txt').exchanges);
    expect(entry.request.url).toBe('https://localhost:8082/v1/hello');
    expect(entry.request.headers).toContainEqual({ name: 'User-Agent', value: 'HTTPie/2.6.0' });
    expect(entry.response.status).toBe(204);
    expect(entry.response.headers).toEqual([{ name: 'X-Hello', value: 'World' }]);
    expect(missing).toEqual([]); // 204 has no body by definition.
  });

  it('reads xh output with its pretty-printed body', () => {
    const { entry } = only(read('httpie-xh-missing-token.txt').exchanges);
    expect(entry.response.httpVersion).toBe('HTTP/2.0');
    expect(entry.response.content?.text).toContain('Missing Authentication Token');
  });
});

describe('Postman console, AWS CLI --debug, bare text', () => {
  it('reads Postman request headers; what was not copied is unknown', () => {
    const { entry, missing } = only(read('postman-console-request-headers.txt').exchanges);
    expect(headerValue(exchangeFromHarEntry(entry).requestHeaders, 'user-agent')).toBe(
      'PostmanRuntime/7.26.10',
    );
    expect(missing).toEqual(['url', 'status', 'response-headers', 'response-body']);
  });

  it('reads a full Postman console entry (synthetic: the layout the console copies)', () => {
    const text = [
      'GET https://abc123.execute-api.us-east-1.amazonaws.com/dev/items',
      '403',
      '87 ms',
      'Request Headers',
      'x-api-key: abcd',
      'Response Headers',
      'x-amzn-ErrorType\tForbiddenException',
      'Response Body',
      '{"message":"Forbidden"}',
    ].join('\n');
    const { entry, missing } = only((readInput(text) as { exchanges: ReadExchange[] }).exchanges);
    expect(missing).toEqual([]);
    expect(entry.response.status).toBe(403);
    expect(entry.response.headers).toEqual([{ name: 'x-amzn-ErrorType', value: 'ForbiddenException' }]);
  });

  it('reads botocore request and response logging', () => {
    const { entry, missing } = only(read('awscli-debug-iam-list-groups.txt').exchanges);
    expect(missing).toEqual([]);
    expect(entry.request.method).toBe('POST');
    expect(entry.request.url).toBe('https://iam.amazonaws.com/');
    expect(entry.request.headers.find((h) => h.name === 'Authorization')?.value).toMatch(
      /^AWS4-HMAC-SHA256 /,
    );
    expect(entry.response.status).toBe(200);
    expect(entry.response.headers).toContainEqual({ name: 'Content-Type', value: 'text/xml' });
    expect(entry.response.content?.text).toMatch(/^<ListGroupsResponse[\s\S]*\n {2}<ListGroupsResult>/);
  });

  it('reads a bare body with the hints the user gave, and says what it assumed', () => {
    const text = fixture('text-missing-token.txt');
    const bare = only((readInput(text) as { exchanges: ReadExchange[] }).exchanges);
    expect(bare.missing).toEqual(['url', 'request-headers', 'status', 'response-headers']);
    expect(bare.entry.response.status).toBe(403);
    const hinted = only(
      (
        readInput(text, {
          hints: { url: 'https://jqp5j170i6.execute-api.us-east-1.amazonaws.com/dev/api/', status: 403 },
        }) as { exchanges: ReadExchange[] }
      ).exchanges,
    );
    expect(hinted.missing).toEqual(['request-headers', 'response-headers']);
    const exchange = exchangeFromHarEntry(hinted.entry);
    expect(exchange.host).toBe('jqp5j170i6.execute-api.us-east-1.amazonaws.com');
    expect(exchange.status).toBe(403);
    expect(exchange.body.json).toEqual({ message: 'Missing Authentication Token' });
  });

  it('an empty transcript forced to a format has no exchange', () => {
    expect(readInput('   ', { format: 'curl' })).toEqual({ format: 'curl', exchanges: [] });
    expect(readInput('no transcript here', { format: 'awscli' })).toEqual({
      format: 'awscli',
      exchanges: [],
    });
  });
});

describe('what core makes of the real 403 fixtures', () => {
  it.each([
    ['curl-v-waf-forbidden.txt'],
    ['curl-v-private-api-via-nlb.txt'],
    ['http-chalice-missing-token.txt'],
    ['httpie-xh-missing-token.txt'],
  ])('%s is flagged as API Gateway', (name) => {
    const { entry } = only(read(name).exchanges);
    const diagnosis = classify(exchangeFromHarEntry(entry), emptyContext());
    expect(diagnosis.flagged).toBe(true);
    expect(diagnosis.causes.length).toBeGreaterThan(0);
  });
});
