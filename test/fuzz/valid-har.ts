/**
 * A small, valid, Chromium-shaped HAR to start mutations from: fuzzing from a valid document reaches
 * the per-entry checks and the classifier, which random text almost never does.
 */
const host = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

export function validEntry(): Record<string, unknown> {
  return {
    startedDateTime: '2026-11-24T10:15:30.123Z',
    time: 42.5,
    request: {
      method: 'GET',
      url: `https://${host}/prod/orders/42?expand=items`,
      httpVersion: 'HTTP/1.1',
      headers: [
        { name: 'Host', value: host },
        { name: 'Authorization', value: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl' },
        { name: 'Origin', value: 'https://demo.apigw403.test' },
      ],
      queryString: [{ name: 'expand', value: 'items' }],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: 403,
      statusText: 'Forbidden',
      httpVersion: 'HTTP/1.1',
      headers: [
        { name: 'content-type', value: 'application/json' },
        { name: 'x-amzn-requestid', value: '9f0c3a6e-1b2d-4c5e-8f70-112233445566' },
        { name: 'x-amzn-errortype', value: 'AccessDeniedException' },
        { name: 'x-amz-apigw-id', value: 'Ab1CdEfGhIJKLmn=' },
      ],
      cookies: [],
      content: {
        size: 72,
        mimeType: 'application/json',
        text: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: 72,
    },
    cache: {},
    timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 40, receive: 1.4 },
    _resourceType: 'fetch',
  };
}

export function validHar(entryCount = 2): { log: Record<string, unknown> } {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [],
      entries: Array.from({ length: entryCount }, validEntry),
    },
  };
}
