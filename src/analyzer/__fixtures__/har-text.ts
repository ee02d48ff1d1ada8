/** A small Chromium-shaped HAR: a 200 and a 403 from the same REST API, a 404 favicon. */
const API = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

function entry(url: string, status: number, headers: Record<string, string>, body?: string) {
  return {
    startedDateTime: '2026-11-25T00:00:00.000Z',
    time: 12,
    request: { method: 'GET', url, httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [] },
    response: {
      status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
      cookies: [],
      content: { size: body?.length ?? 0, mimeType: 'application/json', ...(body ? { text: body } : {}) },
      redirectURL: '',
    },
    cache: {},
    timings: { send: 1, wait: 10, receive: 1 },
  };
}

const GATEWAY_IDS = {
  'x-amzn-requestid': '11111111-2222-3333-4444-555555555555',
  'content-type': 'application/json',
};

export const SAMPLE_HAR = JSON.stringify({
  log: {
    version: '1.2',
    creator: { name: 'test', version: '1' },
    entries: [
      entry(`${API}/prod/items`, 200, GATEWAY_IDS, '[]'),
      entry(
        `${API}/prod/secret`,
        403,
        { ...GATEWAY_IDS, 'x-amzn-errortype': 'MissingAuthenticationTokenException' },
        '{"message":"Missing Authentication Token"}',
      ),
      entry('https://demo.apigw403.test/favicon.ico', 404, {}, 'not found'),
      entry('https://demo.apigw403.test/app.js', 200, {}),
    ],
  },
});
