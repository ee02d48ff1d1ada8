import { describe, expect, it } from 'vitest';
import type { HarEntry } from '../../har/index.ts';
import type { ContextEntry, RequestRecord } from '../../ui/state/types.ts';
import { type CaptureSink, ingest } from '../capture/ingest.ts';
import { capturedRequest, type FakeEntryOptions } from '../test-support/fake-services.ts';
import { contextOfHost, exportCapture } from './capture-har.ts';

const REST = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const OTHER = 'https://h7t8p9a0p1.execute-api.eu-west-1.amazonaws.com';
const API_KEY = 'k3yD3m0AbCdEfGhIjKlMnOpQrStUvWxYz0123456';
const REST_IDS = [
  { name: 'content-type', value: 'application/json' },
  { name: 'x-amzn-requestid', value: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' },
  { name: 'x-amz-apigw-id', value: 'AbCdEfGhIjKlMnO=' },
];
const restError = (errorType: string) => [...REST_IDS, { name: 'x-amzn-errortype', value: errorType }];

/** The three exchanges of issue 6's repro (e2e/fake-gateway/cases.mjs), in the order the page sent them. */
const REPRO: FakeEntryOptions[] = [
  {
    url: `${REST}/prod/admin/users`,
    status: 403,
    requestHeaders: [
      { name: 'x-amz-date', value: '20261125T000000Z' },
      {
        name: 'authorization',
        value:
          'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
      },
    ],
    responseHeaders: restError('AccessDeniedException'),
    body: JSON.stringify({
      Message:
        'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/admin/users with an explicit deny in a resource-based policy',
    }),
  },
  { url: `${REST}/prod/health`, status: 200, responseHeaders: REST_IDS, body: '{"status":"ok"}' },
  {
    url: `${REST}/beta/health`,
    status: 403,
    requestHeaders: [{ name: 'x-api-key', value: API_KEY }],
    responseHeaders: restError('ForbiddenException'),
    body: '{"message":"Forbidden"}',
  },
];

/** What the panel keeps of a capture: its rows and the successes it only sent to the worker as context. */
async function capture(requests: FakeEntryOptions[]) {
  const records: RequestRecord[] = [];
  const context: ContextEntry[] = [];
  const sink: CaptureSink = {
    has: () => false,
    add: (record) => records.push({ ...record, seen: false }),
    keepContext: (kept) => context.push(kept),
    classify: () => undefined,
    learn: () => undefined,
  };
  for (const request of requests) await ingest(capturedRequest(request), false, sink);
  return { records, context };
}

interface ExportedHar {
  log: {
    entries: Array<{
      request: { url: string; headers: Array<{ name: string; value: string }> };
      response: { status: number };
      _apigw403?: { causes: Array<{ id: string }> };
    }>;
  };
}

async function exported(records: RequestRecord[], context?: ContextEntry[]): Promise<ExportedHar> {
  const { text } = await exportCapture(records, {
    redact: true,
    version: '9.9.9',
    ...(context ? { context } : {}),
  });
  return JSON.parse(text) as ExportedHar;
}

function topCauseOf(har: ExportedHar, url: string): string | undefined {
  return har.log.entries.find((entry) => entry.request.url === url)?._apigw403?.causes[0]?.id;
}

describe('exportCapture with session context', () => {
  it('writes the context entries among the rows, in the order they started', async () => {
    const { records, context } = await capture(REPRO);
    expect(records).toHaveLength(2);
    expect(context).toHaveLength(1);
    const har = await exported(records, context);
    expect(har.log.entries.map((entry) => entry.request.url)).toEqual(REPRO.map((request) => request.url));
    expect(har.log.entries[1]?.response.status).toBe(200);
  });

  it('re-analyses the repro of issue 6 to invalid-stage, as the panel diagnosed it', async () => {
    const { records, context } = await capture(REPRO);
    const stageUrl = `${REST}/beta/health`;
    expect(topCauseOf(await exported(records, context), stageUrl)).toBe('invalid-stage');
    // Without the 200 on prod the file alone cannot tell a missing stage: this is what the context fixes.
    expect(topCauseOf(await exported(records), stageUrl)).not.toBe('invalid-stage');
  });

  it('redacts the context entries too', async () => {
    const secret = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const { records, context } = await capture([
      {
        ...REPRO[1],
        requestHeaders: [{ name: 'authorization', value: `Bearer ${secret}` }],
      } as FakeEntryOptions,
      REPRO[2] as FakeEntryOptions,
    ]);
    const { text } = await exportCapture(records, { redact: true, version: '9.9.9', context });
    expect(text).toContain('/prod/health');
    expect(text).not.toContain(secret);
  });

  it('keeps, for one request, the context of its own host only', async () => {
    const { context } = await capture([
      { url: `${REST}/prod/health`, status: 200, responseHeaders: REST_IDS },
      { url: `${OTHER}/v1/health`, status: 200, responseHeaders: REST_IDS },
    ]);
    expect(contextOfHost(context, new URL(REST).host).map((kept) => kept.entry.request.url)).toEqual([
      `${REST}/prod/health`,
    ]);
  });
});

describe('exported HAR against the HAR 1.2 schema', () => {
  it('gives every entry content.size and a bare serverIPAddress (Chromium writes IPv6 in brackets)', async () => {
    const { records } = await capture([REPRO[0] as FakeEntryOptions]);
    const [record] = records;
    if (!record) throw new Error('the 403 was not captured');
    const entry = record.entry as typeof record.entry & { serverIPAddress?: string };
    entry.serverIPAddress = '[::1]';
    delete (entry.response.content as { size?: number } | undefined)?.size;
    const { text } = await exportCapture(records, { redact: true, version: '9.9.9' });
    const [exported] = (JSON.parse(text) as { log: { entries: HarEntry[] } }).log.entries;
    expect(exported?.serverIPAddress).toBe('::1');
    expect(exported?.response.content?.size).toBeGreaterThan(0);
  });
});
