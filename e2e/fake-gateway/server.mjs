/**
 * A fake Amazon API Gateway (and what stands in front of it) on 127.0.0.1. One port answers every host of
 * `HOSTS`; Chromium reaches it through `--host-resolver-rules`, so the browser keeps the real host names in URLs
 * and `Host` headers. Plain `node:http`: `node e2e/fake-gateway/server.mjs [--port N]` runs it by hand.
 * @typedef {import('./cases.d.mts').GatewayCase} GatewayCase
 * @typedef {import('./server.d.mts').FakeGateway} FakeGateway
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CASES, caseUrl, DEMO_ORIGIN, HOSTS } from './cases.mjs';
import { demoPageHtml } from './demo-page.mjs';

const DEMO_ASSETS = {
  '/demo.js': { file: 'demo/demo.js', type: 'text/javascript; charset=utf-8' },
  '/demo.css': { file: 'demo/demo.css', type: 'text/css; charset=utf-8' },
  '/request-headers.js': { file: 'demo/request-headers.js', type: 'text/javascript; charset=utf-8' },
};

/** @param {string} pathAndQuery */
const pathnameOf = (pathAndQuery) => new URL(pathAndQuery, 'http://placeholder').pathname;

/** @type {Map<string, GatewayCase>} */
const casesByHostAndPath = new Map(CASES.map((c) => [`${c.request.host} ${pathnameOf(c.request.path)}`, c]));

/** What the demo page needs to send each case (never the answers). */
const publicCases = CASES.map((c) => ({ id: c.id, title: c.title, url: caseUrl(c), request: c.request }));

/**
 * `--host-resolver-rules` value that sends every fake host to this server.
 * @param {number} port
 */
export const hostResolverRules = (port) =>
  Object.values(HOSTS)
    .map((host) => `MAP ${host} 127.0.0.1:${port}`)
    .join(', ');

/** @param {string} value */
const fillPerResponseIds = (value) =>
  value
    .replaceAll('{{uuid}}', randomUUID())
    .replaceAll('{{apigwId}}', `${randomBytes(6).toString('base64').replace(/[+/]/g, 'x')}EXAMPLE=`);

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {Array<[string, string]>} headers
 * @param {string} body
 */
const send = (res, status, headers, body) => {
  const hasLength = headers.some(([name]) => name.toLowerCase() === 'content-length');
  const all = hasLength ? headers : [...headers, ['content-length', String(Buffer.byteLength(body))]];
  res.writeHead(status, all.flat());
  res.end(body);
};

/**
 * @param {http.IncomingMessage} req
 * @param {string} host
 */
const incomingRequest = (req, host) => ({
  method: req.method ?? 'GET',
  path: req.url ?? '/',
  headers: { ...Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), host },
  receivedAt: new Date(),
});

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
const answerDemo = async (req, res) => {
  const pathname = pathnameOf(req.url ?? '/');
  if (pathname === '/')
    return send(res, 200, [['content-type', 'text/html; charset=utf-8']], demoPageHtml(CASES));
  if (pathname === '/cases.json') {
    return send(res, 200, [['content-type', 'application/json']], JSON.stringify(publicCases));
  }
  const asset = DEMO_ASSETS[/** @type {keyof typeof DEMO_ASSETS} */ (pathname)];
  if (asset) {
    const text = await readFile(fileURLToPath(new URL(asset.file, import.meta.url)), 'utf8');
    return send(res, 200, [['content-type', asset.type]], text);
  }
  return send(res, 404, [['content-type', 'text/plain']], 'not found');
};

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {GatewayCase} gatewayCase
 */
const answerPreflight = (req, res, gatewayCase) => {
  if (gatewayCase.preflight === 'forbidden') {
    return send(
      res,
      403,
      [
        ['content-type', 'application/json'],
        ['x-amzn-requestid', randomUUID()],
        ['x-amz-apigw-id', fillPerResponseIds('{{apigwId}}')],
        ['x-amzn-errortype', 'MissingAuthenticationTokenException'],
      ],
      JSON.stringify({ message: 'Missing Authentication Token' }),
    );
  }
  return send(
    res,
    204,
    [
      ['x-amzn-requestid', randomUUID()],
      ['access-control-allow-origin', DEMO_ORIGIN],
      ['access-control-allow-methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS'],
      ['access-control-allow-headers', String(req.headers['access-control-request-headers'] ?? '')],
      // Every run of the demo must show its preflights again, not reuse a cached one.
      ['access-control-max-age', '0'],
    ],
    '',
  );
};

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string} host
 */
const answerGateway = (req, res, host) => {
  const gatewayCase = casesByHostAndPath.get(`${host} ${pathnameOf(req.url ?? '/')}`);
  const isPreflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (gatewayCase && isPreflight) return answerPreflight(req, res, gatewayCase);
  if (!gatewayCase || gatewayCase.request.method !== req.method) {
    // Deliberately fingerprint-free: an unknown route must not look like any gateway answer.
    return send(
      res,
      404,
      [['content-type', 'text/plain']],
      `fake gateway: no case for ${req.method} ${host}${req.url}`,
    );
  }
  const response =
    req.headers.authorization === undefined && gatewayCase.withoutAuthorization
      ? gatewayCase.withoutAuthorization
      : gatewayCase.response;
  /** @type {Array<[string, string]>} */
  const headers = response.headers.map(([name, value]) => [name, fillPerResponseIds(value)]);
  if (gatewayCase.cors) headers.push(['access-control-allow-origin', DEMO_ORIGIN]);
  const body =
    typeof response.body === 'function' ? response.body(incomingRequest(req, host)) : response.body;
  return send(res, response.status, headers, body);
};

/**
 * Starts the fake gateway on 127.0.0.1.
 * @param {{ port?: number, log?: (line: string) => void }} [options] port 0 (the default) picks a free one; `log`
 *   gets one line per request when it arrives and one when it is answered or dropped.
 * @returns {Promise<FakeGateway>}
 */
export const startFakeGateway = async ({ port = 0, log } = {}) => {
  const server = http.createServer((req, res) => {
    const host = String(req.headers.host ?? '')
      .replace(/:\d+$/, '')
      .toLowerCase();
    if (log) {
      const request = `${req.method} http://${host}${req.url}`;
      log(`${new Date().toISOString()} ${request} received`);
      res.on('close', () =>
        log(
          `${new Date().toISOString()} ${request} ${res.writableFinished ? `answered ${res.statusCode}` : 'dropped'}`,
        ),
      );
    }
    const answer = host === HOSTS.demo ? answerDemo(req, res) : answerGateway(req, res, host);
    Promise.resolve(answer).catch((error) => {
      if (!res.headersSent) send(res, 500, [['content-type', 'text/plain']], `fake gateway error: ${error}`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake gateway: no TCP address');
  return {
    port: address.port,
    demoUrl: `${DEMO_ORIGIN}/`,
    hostResolverRules: hostResolverRules(address.port),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const runByHand = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runByHand) {
  const portArg = process.argv.indexOf('--port');
  const gateway = await startFakeGateway({ port: portArg > 0 ? Number(process.argv[portArg + 1]) : 0 });
  process.stdout.write(
    `fake API Gateway on 127.0.0.1:${gateway.port}\n` +
      `demo page: ${gateway.demoUrl}\n` +
      `launch Chromium with: --host-resolver-rules="${gateway.hostResolverRules}"\n`,
  );
  const stop = () => gateway.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
