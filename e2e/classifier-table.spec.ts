/**
 * The fake gateway's table against src/core alone (no browser, no extension): each row is sent to the real fake
 * gateway from Node, turned into a HAR entry as DevTools would record it, and classified in table order with one
 * session context. Needs: src/core only. When this passes and every-cause.spec.ts fails, the panel, capture or
 * worker lost something on the way; when this fails too, the classifier disagrees with the table.
 */
import http from 'node:http';
import {
  addToContext,
  classify,
  emptyContext,
  exchangeFromHarEntry,
  type HarEntryLike,
} from '../src/core/index.ts';
import { CASES, caseUrl, DEMO_ORIGIN, type GatewayCase } from './fake-gateway/cases.mjs';
import { headersFor } from './fake-gateway/demo/request-headers.js';
import { type FakeGateway, startFakeGateway } from './fake-gateway/server.mjs';
import { expect, test } from './fixtures/index.ts';

interface Answer {
  status: number;
  headers: Array<{ name: string; value: string }>;
  text: string;
}

function sendTo(
  gateway: FakeGateway,
  method: string,
  url: URL,
  headers: Record<string, string>,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: gateway.port,
        method,
        path: url.pathname + url.search,
        headers: { ...headers, host: url.host },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = response.rawHeaders;
          const pairs = raw
            .filter((_, i) => i % 2 === 0)
            .map((name, i) => ({ name, value: raw[i * 2 + 1] ?? '' }));
          resolve({
            status: response.statusCode ?? 0,
            headers: pairs,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** The flagged request of a case as the browser sends it: the request itself, or its CORS preflight. */
function browserRequest(
  gatewayCase: GatewayCase,
  pageOrigin: string,
): { method: string; headers: Record<string, string> } {
  const { request } = gatewayCase;
  if (gatewayCase.flaggedMethod === 'OPTIONS') {
    const asked = Object.keys(headersFor(request)).map((name) => name.toLowerCase());
    return {
      method: 'OPTIONS',
      headers: {
        origin: pageOrigin,
        'access-control-request-method': request.method,
        'access-control-request-headers': asked.sort().join(','),
      },
    };
  }
  return { method: request.method, headers: { ...headersFor(request), origin: pageOrigin } };
}

/** Top cause per case (null when not flagged), classifying in table order with one session context. */
async function topCauses(
  gateway: FakeGateway,
  scheme: 'http' | 'https',
): Promise<Record<string, string | null>> {
  let context = emptyContext();
  const result: Record<string, string | null> = {};
  for (const [index, gatewayCase] of CASES.entries()) {
    const url = new URL(caseUrl(gatewayCase).replace(/^http:/, `${scheme}:`));
    const sent = browserRequest(gatewayCase, DEMO_ORIGIN.replace(/^http:/, `${scheme}:`));
    const answer = await sendTo(gateway, sent.method, new URL(caseUrl(gatewayCase)), sent.headers);
    const entry: HarEntryLike = {
      request: {
        method: sent.method,
        url: url.href,
        headers: Object.entries(sent.headers).map(([name, value]) => ({ name, value })),
      },
      response: { status: answer.status, headers: answer.headers, content: { text: answer.text } },
      ...(sent.method === 'OPTIONS' ? { _resourceType: 'preflight' } : {}),
    };
    const exchange = exchangeFromHarEntry(entry, { index });
    const diagnosis = classify(exchange, context);
    context = addToContext(context, exchange);
    result[gatewayCase.id] = diagnosis.flagged ? (diagnosis.causes[0]?.id ?? 'flagged, no cause') : null;
  }
  return result;
}

test.describe('classifier alone over the fake gateway table', () => {
  let gateway: FakeGateway;
  test.beforeAll(async () => {
    gateway = await startFakeGateway();
  });
  test.afterAll(async () => {
    await gateway.close();
  });

  test('every row gets its expected top cause', async () => {
    expect(await topCauses(gateway, 'http')).toEqual(Object.fromEntries(CASES.map((c) => [c.id, c.expect])));
  });

  test('plain http (what e2e uses) and https give the same diagnoses', async () => {
    expect(await topCauses(gateway, 'http')).toEqual(await topCauses(gateway, 'https'));
  });
});
