import type { CapturedEntry, CapturedRequest } from '../../shared/captured-request.ts';

/**
 * Chromium learns a response's status and headers the page's CORS check rejected from a separate event
 * (Network.responseReceivedExtraInfo) than the failure that finishes the request. Under load the failure comes
 * first: onRequestFinished then hands over status 0 with no headers, though the server answered (say 403 from
 * CloudFront), and DevTools completes its own record moments later, where only getHAR() shows it. Read as is,
 * such a request is a bare network failure: never a candidate, never a row in the API Gateway view.
 */
export const RECHECK_INTERVAL_MS = 500;
/** A request its preflight blocked also fails with no response, and never gets one: stop waiting after that. */
export const RECHECK_ROUNDS = 8;

/** CORS rejections, the only failures that can hide a response, are reported as net::ERR_FAILED. */
function mayGetResponseLater(entry: CapturedEntry): boolean {
  const error = entry.response._error ?? entry._error;
  return (
    entry.response.status === 0 && (entry.response.headers ?? []).length === 0 && error === 'net::ERR_FAILED'
  );
}

/** What the live copy and DevTools' later record of one request share, whatever the response turned out to be. */
function sameRequestKey(entry: CapturedEntry): string {
  return [entry.startedDateTime ?? '', entry.request.method, entry.request.url, entry.time ?? ''].join(
    '\u0000',
  );
}

interface Waiting {
  request: CapturedRequest;
  rounds: number;
  deliver(request: CapturedRequest): void;
}

export interface LateResponses {
  /**
   * Hands `deliver` the request as DevTools finally recorded it: at once (synchronously, no promise: this runs
   * for every request) when it had its response, else after re-reading.
   */
  settle(request: CapturedRequest, deliver: (request: CapturedRequest) => void): void;
  /** Forgets the requests waiting so far (they are never delivered): the page they belong to is gone. */
  forget(): void;
}

/** Requests waiting at the same time share one re-read of DevTools' log per round. */
export function createLateResponses(readRecorded: () => Promise<CapturedRequest[]>): LateResponses {
  let waiting: Waiting[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const recheck = async () => {
    timer = undefined;
    const recorded = await readRecorded().catch(() => []);
    const answered = new Map<string, CapturedEntry>();
    for (const { entry } of recorded) {
      if (entry.response.status !== 0) answered.set(sameRequestKey(entry), entry);
    }
    waiting = waiting.filter((item) => {
      const entry = answered.get(sameRequestKey(item.request.entry));
      item.rounds += 1;
      if (!entry && item.rounds < RECHECK_ROUNDS) return true;
      item.deliver(entry ? { entry, getContent: () => item.request.getContent() } : item.request);
      return false;
    });
    schedule();
  };

  function schedule() {
    if (timer === undefined && waiting.length > 0) {
      timer = setTimeout(() => void recheck(), RECHECK_INTERVAL_MS);
    }
  }

  return {
    settle(request, deliver) {
      if (!mayGetResponseLater(request.entry)) {
        deliver(request);
        return;
      }
      waiting.push({ request, rounds: 0, deliver });
      schedule();
    },
    forget() {
      waiting = [];
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
