import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { relevanceOf } from '../../core/index.ts';
import type { CapturedRequest } from '../../shared/captured-request.ts';
import { capturedRequest } from '../test-support/fake-services.ts';
import {
  createLateResponses,
  type LateResponses,
  RECHECK_INTERVAL_MS,
  RECHECK_ROUNDS,
} from './late-response.ts';

const URL_BEHIND_CLOUDFRONT = 'http://api.demo-shop.test/geo/offers';
const CLOUDFRONT_403 = [
  { name: 'content-type', value: 'text/html' },
  { name: 'server', value: 'CloudFront' },
  { name: 'x-cache', value: 'Error from cloudfront' },
  { name: 'x-amz-cf-id', value: 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopq==' },
];

/** The same request as onRequestFinished hands it over when the CORS failure beat the response headers. */
function withoutResponseYet(request: CapturedRequest, error = 'net::ERR_FAILED'): CapturedRequest {
  const response = { ...request.entry.response, status: 0, headers: [], _error: error };
  return { ...request, entry: { ...request.entry, response } };
}

function corsFailed403(startedDateTime: string) {
  const recorded = capturedRequest({
    url: URL_BEHIND_CLOUDFRONT,
    status: 403,
    responseHeaders: CLOUDFRONT_403,
    startedDateTime,
  });
  recorded.entry.response._error = 'net::ERR_FAILED';
  return { recorded, live: withoutResponseYet(recorded) };
}

function settled(late: LateResponses, request: CapturedRequest): Promise<CapturedRequest> {
  return new Promise((resolve) => late.settle(request, resolve));
}

function devtoolsLog(recorded: CapturedRequest[]) {
  return vi.fn(async () => recorded);
}

async function rounds(count: number) {
  for (let round = 0; round < count; round++) await vi.advanceTimersByTimeAsync(RECHECK_INTERVAL_MS);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('late responses (CORS-rejected responses DevTools records after the request finished)', () => {
  it('delivers a CORS-failed 403 with the status and headers DevTools recorded later: a candidate, not a bare failure', async () => {
    const { recorded, live } = corsFailed403('2026-11-25T01:59:17.308Z');
    expect(relevanceOf(live.entry)).toBe('listed');
    const late = createLateResponses(devtoolsLog([recorded]));
    const delivered = settled(late, live);
    await rounds(1);
    const { entry } = await delivered;
    expect(entry.response.status).toBe(403);
    expect(entry.response.headers).toEqual(CLOUDFRONT_403);
    expect(relevanceOf(entry)).toBe('candidate');
  });

  it('tells apart two such requests to one URL by their start time, each getting its own response', async () => {
    const first = corsFailed403('2026-11-25T01:59:17.308Z');
    const second = corsFailed403('2026-11-25T01:59:17.309Z');
    second.recorded.entry.response.status = 401;
    const late = createLateResponses(devtoolsLog([first.recorded, second.recorded]));
    const delivered = Promise.all([settled(late, second.live), settled(late, first.live)]);
    await rounds(1);
    const statuses = (await delivered).map((request) => request.entry.response.status);
    expect(statuses).toEqual([401, 403]);
  });

  it('keeps re-reading until DevTools has the response, with one read per round for all waiting requests', async () => {
    const { recorded, live } = corsFailed403('2026-11-25T01:59:17.308Z');
    const other = corsFailed403('2026-11-25T01:59:18.000Z');
    const log: CapturedRequest[] = [live, other.live];
    const read = devtoolsLog(log);
    const late = createLateResponses(read);
    const delivered = Promise.all([settled(late, live), settled(late, other.live)]);
    await rounds(2);
    log.splice(0, 2, recorded, other.recorded);
    await rounds(1);
    const statuses = (await delivered).map((request) => request.entry.response.status);
    expect(statuses).toEqual([403, 403]);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('still delivers a request that never gets a response (its preflight blocked it), as it was', async () => {
    const { live } = corsFailed403('2026-11-25T01:59:17.308Z');
    const late = createLateResponses(devtoolsLog([live]));
    let delivered: CapturedRequest | undefined;
    void settled(late, live).then((request) => {
      delivered = request;
    });
    await rounds(RECHECK_ROUNDS - 1);
    expect(delivered).toBeUndefined();
    await rounds(1);
    expect(delivered).toBe(live);
  });

  it('does not wait for a request that has its response, nor for failures that never carry one', async () => {
    const read = devtoolsLog([]);
    const late = createLateResponses(read);
    const { recorded } = corsFailed403('2026-11-25T01:59:17.308Z');
    const unresolvable = withoutResponseYet(recorded, 'net::ERR_NAME_NOT_RESOLVED');
    const delivered: CapturedRequest[] = [];
    late.settle(recorded, (request) => delivered.push(request));
    late.settle(unresolvable, (request) => delivered.push(request));
    // At once, not a tick later: every request passes here.
    expect(delivered).toEqual([recorded, unresolvable]);
    expect(read).not.toHaveBeenCalled();
  });

  it('forgets the requests of a page navigated away from', async () => {
    const { recorded, live } = corsFailed403('2026-11-25T01:59:17.308Z');
    const read = devtoolsLog([recorded]);
    const late = createLateResponses(read);
    let delivered = false;
    void settled(late, live).then(() => {
      delivered = true;
    });
    late.forget();
    await rounds(RECHECK_ROUNDS);
    expect(delivered).toBe(false);
    expect(read).not.toHaveBeenCalled();
  });
});
