/**
 * The server behind the panel benchmark: a page on demo.apigw403.test that fires N requests in
 * bursts, ordinary 200s (same origin and from the fake gateways), and every `flaggedEvery`-th
 * request an API Gateway 4xx taken from bench/lib/gateway-scenarios.mjs (the causes' wire examples). Every host of
 * bench/lib/wire.mjs resolves here through Chromium's `--host-resolver-rules`.
 */
import http from 'node:http';
import { createBodyText } from '../lib/body-text.mjs';
import { GATEWAY_SCENARIOS } from '../lib/gateway-scenarios.mjs';
import { createRng } from '../lib/prng.mjs';
import { HOSTS, httpApiGatewayHeaders, restGatewayHeaders } from '../lib/wire.mjs';

const PAGE_ORIGIN = `http://${HOSTS.page}`;

/** Scenarios a page can trigger with a plain cross-origin GET (no preflight, no credentials to send). */
const PAGE_TRIGGERED = GATEWAY_SCENARIOS.map((scenario) => {
  const rng = createRng(scenario.cause);
  return { cause: scenario.cause, spec: scenario.build(rng) };
}).filter(
  ({ spec }) =>
    spec.method === 'GET' && spec.requestHeaders.length === 0 && new URL(spec.url).host === HOSTS.rest,
);

/** URL of the i-th flagged request (0-based among the flagged ones), and the cause it exhibits. */
export function flaggedRequest(i) {
  const { cause, spec } = PAGE_TRIGGERED[i % PAGE_TRIGGERED.length];
  const url = new URL(spec.url);
  url.searchParams.set('bench', String(i));
  return { cause, url: `http://${HOSTS.rest}${url.pathname}${url.search}` };
}

function ordinaryRequest(i) {
  switch (i % 3) {
    case 0:
      return `${PAGE_ORIGIN}/api/items/${i}`;
    case 1:
      return `http://${HOSTS.rest}/prod/catalogue?item=${i}`;
    default:
      return `http://${HOSTS.httpApi}/orders?item=${i}`;
  }
}

function pageHtml({ requests, flaggedEvery, burst, pauseMs }) {
  const urls = [];
  let flagged = 0;
  for (let i = 0; i < requests; i++) {
    urls.push((i + 1) % flaggedEvery === 0 ? flaggedRequest(flagged++).url : ordinaryRequest(i));
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>apigw403 panel bench</title></head><body>
<p id="status">running</p>
<script>
const urls = ${JSON.stringify(urls)};
(async () => {
  let lastResponseAt = 0;
  const one = (url) => fetch(url).then((r) => r.text()).catch(() => '').finally(() => { lastResponseAt = Date.now(); });
  for (let start = 0; start < urls.length; start += ${burst}) {
    await Promise.all(urls.slice(start, start + ${burst}).map(one));
    await new Promise((resolve) => setTimeout(resolve, ${pauseMs}));
  }
  window.__bench = { done: true, lastResponseAt, durationMs: performance.now() };
  document.getElementById('status').textContent = 'done';
})();
</script></body></html>`;
}

function send(res, status, headers, body) {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function answerFlagged(res, index) {
  const { cause } = flaggedRequest(index);
  const { spec } = PAGE_TRIGGERED.find((candidate) => candidate.cause === cause);
  const headers = { 'content-type': spec.body?.mimeType ?? 'text/plain' };
  for (const { name, value } of spec.responseHeaders) {
    headers[name] = name.toLowerCase() === 'access-control-allow-origin' ? PAGE_ORIGIN : value;
  }
  send(res, spec.status, headers, spec.body?.text ?? '');
}

export async function startBurstServer() {
  const rng = createRng('panel-bench');
  const text = createBodyText(rng);
  const server = http.createServer((req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (host === HOSTS.page && url.pathname === '/bench') {
      const number = (name, fallback) => Number(url.searchParams.get(name) ?? fallback);
      const html = pageHtml({
        requests: number('requests', 5000),
        flaggedEvery: number('flaggedEvery', 20),
        burst: number('burst', 250),
        pauseMs: number('pauseMs', 50),
      });
      return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, html);
    }
    const bench = url.searchParams.get('bench');
    if (bench !== null) return answerFlagged(res, Number(bench));
    const gatewayHeaders = Object.fromEntries(
      (host === HOSTS.httpApi ? httpApiGatewayHeaders(rng) : restGatewayHeaders(rng)).map(
        ({ name, value }) => [name, value],
      ),
    );
    send(
      res,
      200,
      {
        'content-type': 'application/json',
        ...(host === HOSTS.page ? {} : { ...gatewayHeaders, 'access-control-allow-origin': PAGE_ORIGIN }),
      },
      text.json(500 + rng.int(3000)),
    );
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    pageUrl: (query) => `${PAGE_ORIGIN}/bench?${new URLSearchParams(query)}`,
    hostResolverRules: Object.values(HOSTS)
      .map((host) => `MAP ${host} 127.0.0.1:${port}`)
      .join(', '),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
