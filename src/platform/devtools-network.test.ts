import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_LOG_RETRIES, getRecordedRequests } from './devtools-network.ts';
import { onThemeChanged } from './devtools-window.ts';

/** What Firefox's `browser.devtools` hands a panel: promises, HAR bodies inline, no getContent, no `_` fields. */
function firefoxDevtools(logs: unknown[]) {
  const getHAR = vi.fn(async () => logs[Math.min(getHAR.mock.calls.length - 1, logs.length - 1)]);
  const listeners = new Set<(theme: string) => void>();
  const devtools = {
    network: { getHAR, onRequestFinished: {}, onNavigated: {} },
    inspectedWindow: { tabId: 7 },
    panels: {
      themeName: 'light',
      onThemeChanged: {
        addListener: (listener: (theme: string) => void) => listeners.add(listener),
        removeListener: (listener: (theme: string) => void) => listeners.delete(listener),
      },
    },
  };
  vi.stubGlobal('browser', { devtools });
  const switchTheme = (theme: string) => {
    for (const listener of listeners) listener(theme);
  };
  return { getHAR, switchTheme };
}

const firefoxEntry = (url: string, status: number, text: string) => ({
  pageref: 'page_1',
  startedDateTime: '2026-01-01T00:00:00.000Z',
  request: { method: 'GET', url, headers: [] },
  response: { status, headers: [], content: { mimeType: 'application/json', size: text.length, text } },
});

const firefoxLog = {
  pages: [{ id: 'page_1', title: 'https://shop.example/' }],
  entries: [
    firefoxEntry('https://shop.example/', 200, '<!doctype html>'),
    firefoxEntry(
      'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/x',
      403,
      '{"message":"Forbidden"}',
    ),
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('getRecordedRequests in Firefox', () => {
  it('hands out the inline body through getContent, as Chrome does', async () => {
    firefoxDevtools([firefoxLog]);
    const [, api] = await getRecordedRequests();
    expect(await api?.getContent()).toEqual({ text: '{"message":"Forbidden"}' });
  });

  it("marks the page's own document request, which Firefox names as the HAR page", async () => {
    firefoxDevtools([firefoxLog]);
    const requests = await getRecordedRequests();
    expect(requests.map((request) => request.entry._resourceType)).toEqual(['document', undefined]);
  });

  it('asks again when the first answer is an empty log (the network monitor was starting)', async () => {
    vi.useFakeTimers();
    const { getHAR } = firefoxDevtools([{ pages: [], entries: [] }, firefoxLog]);
    const requests = getRecordedRequests();
    await vi.runAllTimersAsync();
    expect((await requests).length).toBe(2);
    expect(getHAR).toHaveBeenCalledTimes(2);
  });

  it('believes an empty log once asked again enough times', async () => {
    vi.useFakeTimers();
    const { getHAR } = firefoxDevtools([{ pages: [], entries: [] }]);
    const requests = getRecordedRequests();
    await vi.runAllTimersAsync();
    expect(await requests).toEqual([]);
    expect(getHAR).toHaveBeenCalledTimes(1 + EMPTY_LOG_RETRIES);
  });
});

describe('onThemeChanged in Firefox', () => {
  it('follows onThemeChanged until unsubscribed', () => {
    const { switchTheme } = firefoxDevtools([firefoxLog]);
    const seen: string[] = [];
    const stop = onThemeChanged((theme) => seen.push(theme));
    switchTheme('dark');
    stop();
    switchTheme('light');
    expect(seen).toEqual(['dark']);
  });
});
