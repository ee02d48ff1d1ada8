// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  classify,
  emptyContext,
  exchangeFromHarEntry,
  type HarEntryLike,
  type Translate,
} from '../core/index.ts';
import type { MenuResult } from '../shared/live-protocol.ts';
import { TranslateProvider } from '../ui/components/TranslateContext.tsx';
import { SAMPLE_HAR } from './__fixtures__/har-text.ts';
import { AnalyzerApp } from './AnalyzerApp.tsx';
import type { AnalyzerServices } from './services.ts';

const t: Translate = (key, substitutions) => [key, ...(substitutions ?? [])].join('|');

/** jsdom's File has no stream(); the page reads files only through it, as Chrome's File does. */
function harFile(text: string): File {
  const file = new File([text], 'capture.har', { type: 'application/json' });
  const bytes = new TextEncoder().encode(text);
  Object.defineProperty(file, 'stream', {
    value: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          // Two chunks split mid-entry, as a real stream may deliver them.
          controller.enqueue(bytes.subarray(0, 100));
          controller.enqueue(bytes.subarray(100));
          controller.close();
        },
      }),
  });
  return file;
}

function services(overrides: Partial<AnalyzerServices> = {}): AnalyzerServices {
  return {
    t,
    loadMenuResult: async () => undefined,
    requestOriginAccess: async () => ({ granted: true }),
    announceOriginAccess: async () => undefined,
    diagnoseUrl: async () => 'next',
    takeHandedOverHar: async () => undefined,
    ...overrides,
  };
}

function renderApp(s: AnalyzerServices) {
  return render(
    <TranslateProvider value={t}>
      <AnalyzerApp services={s} />
    </TranslateProvider>,
  );
}

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('HAR analyzer page', () => {
  it('shows the cause card of the flagged request of a picked file', async () => {
    renderApp(services());
    fireEvent.change(screen.getByTestId('har-file-input'), { target: { files: [harFile(SAMPLE_HAR)] } });
    const card = await screen.findByTestId('cause-card');
    expect(card.dataset.cause).toMatch(/^(resource-not-found-unsigned|missing-authentication-token)$/);
    expect(screen.getAllByTestId('request-row').map((row) => row.dataset.status)).toEqual(['403']);
    expect(screen.queryByTestId('har-error-banner')).toBeNull();
  });

  it('names the file it shows, forgets a handed-over hash, and filters the list like the panel', async () => {
    window.location.hash = '#har=handover:1';
    renderApp(services());
    fireEvent.change(screen.getByTestId('har-file-input'), { target: { files: [harFile(SAMPLE_HAR)] } });
    await screen.findByTestId('cause-card');
    expect(screen.getByTestId('har-file-name').textContent).toBe('ui_analyzer_file_name|capture.har');
    expect(window.location.hash).toBe('');
    fireEvent.change(screen.getByRole('searchbox', { name: 'ui_filter_label' }), {
      target: { value: 'status:404' },
    });
    expect(screen.queryAllByTestId('request-row')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'ui_scope_all_4xx' }));
    expect(screen.getAllByTestId('request-row').map((row) => row.dataset.status)).toEqual(['404']);
  });

  it('analyses a dropped file the same way', async () => {
    renderApp(services());
    fireEvent.drop(screen.getByTestId('har-drop-zone'), { dataTransfer: { files: [harFile(SAMPLE_HAR)] } });
    expect(await screen.findByTestId('cause-card')).toBeTruthy();
  });

  it('shows a banner for a truncated file and still analyses what came before', async () => {
    renderApp(services());
    const truncated = SAMPLE_HAR.slice(0, SAMPLE_HAR.indexOf('favicon'));
    fireEvent.change(screen.getByTestId('har-file-input'), { target: { files: [harFile(truncated)] } });
    const banner = await screen.findByTestId('har-error-banner');
    expect(banner.dataset.code).toBe('truncated');
    expect(banner.textContent).toContain('ui_analyzer_partial|2');
    expect(await screen.findByTestId('cause-card')).toBeTruthy();
  });

  it('shows a banner for a file that is not a HAR', async () => {
    renderApp(services());
    fireEvent.change(screen.getByTestId('har-file-input'), { target: { files: [harFile('{"hello": 1}')] } });
    const banner = await screen.findByTestId('har-error-banner');
    expect(banner.dataset.code).not.toBe('');
    expect(screen.queryByTestId('request-row')).toBeNull();
  });

  it('analyses a HAR the panel handed over', async () => {
    window.location.hash = '#har=handover:1';
    const takeHandedOverHar = vi.fn(async () => SAMPLE_HAR);
    renderApp(services({ takeHandedOverHar }));
    expect(await screen.findByTestId('cause-card')).toBeTruthy();
    expect(takeHandedOverHar).toHaveBeenCalledWith('handover:1');
  });
});

const LINK = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/secret';
const ORIGIN = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

function answered(id: string): MenuResult {
  const entry: HarEntryLike = {
    request: { method: 'GET', url: LINK },
    response: {
      status: 403,
      headers: [
        { name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' },
        { name: 'x-amzn-requestid', value: '11111111-2222-3333-4444-555555555555' },
      ],
      content: { mimeType: 'application/json', text: '{"message":"Missing Authentication Token"}' },
    },
  };
  const exchange = exchangeFromHarEntry(entry, { id: 'live:1' });
  return {
    id,
    requestedAt: '2026-11-25T00:00:00.000Z',
    url: LINK,
    origin: ORIGIN,
    outcome: {
      kind: 'answered',
      exchange,
      entry,
      diagnosis: classify(exchange, emptyContext()),
      notResent: [],
    },
  };
}

describe('access page (Replay in Firefox)', () => {
  it.each([
    ['allowed', { granted: true as const }, true],
    ['declined', { granted: false as const, reason: 'declined' as const }, false],
  ])(
    'asks for the origin on the click and announces what the user %s, then closes',
    async (_, access, granted) => {
      window.location.hash = `#access=${encodeURIComponent(ORIGIN)}`;
      const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
      const requestOriginAccess = vi.fn(async () => access);
      const announceOriginAccess = vi.fn(async () => undefined);
      renderApp(services({ requestOriginAccess, announceOriginAccess }));
      expect(screen.getByRole('heading').textContent).toBe(`ui_access_title|${ORIGIN}`);
      fireEvent.click(screen.getByTestId('access-allow'));
      expect(requestOriginAccess).toHaveBeenCalledWith(ORIGIN);
      await waitFor(() => expect(close).toHaveBeenCalled());
      expect(announceOriginAccess).toHaveBeenCalledWith(ORIGIN, granted);
      close.mockRestore();
    },
  );

  it('announces a refusal when the user cancels, without asking the browser', async () => {
    window.location.hash = `#access=${encodeURIComponent(ORIGIN)}`;
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const requestOriginAccess = vi.fn(async () => ({ granted: true as const }));
    const announceOriginAccess = vi.fn(async () => undefined);
    renderApp(services({ requestOriginAccess, announceOriginAccess }));
    fireEvent.click(screen.getByRole('button', { name: 'ui_access_cancel' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(announceOriginAccess).toHaveBeenCalledWith(ORIGIN, false);
    expect(requestOriginAccess).not.toHaveBeenCalled();
    close.mockRestore();
  });
});

describe('context-menu result page', () => {
  it('shows the cause card of a diagnosed link and says no cookies were sent', async () => {
    window.location.hash = '#result=r1';
    renderApp(services({ loadMenuResult: async (id) => (id === 'r1' ? answered('r1') : undefined) }));
    expect(await screen.findByTestId('cause-card')).toBeTruthy();
    expect(screen.getByTestId('menu-result').textContent).toContain('ui_menu_result_sent_note|403');
  });

  it('explains a refused permission, and retries after access is granted', async () => {
    window.location.hash = '#result=r1';
    const refused: MenuResult = {
      id: 'r1',
      requestedAt: '2026-11-25T00:00:00.000Z',
      url: LINK,
      origin: ORIGIN,
      outcome: {
        kind: 'permission-refused',
        origin: ORIGIN,
        message: 'This function must be called during a user gesture',
      },
    };
    const requestOriginAccess = vi.fn(async () => ({ granted: true as const }));
    const diagnoseUrl = vi.fn(async () => 'r2');
    renderApp(
      services({
        loadMenuResult: async (id) => (id === 'r1' ? refused : answered('r2')),
        requestOriginAccess,
        diagnoseUrl,
      }),
    );
    const problem = await screen.findByTestId('live-problem');
    expect(problem.dataset.outcome).toBe('permission-refused');
    expect(problem.textContent).toContain(`ui_replay_permission_refused|${ORIGIN}`);
    expect(problem.textContent).toContain('This function must be called during a user gesture');
    fireEvent.click(screen.getByTestId('allow-and-retry'));
    expect(requestOriginAccess).toHaveBeenCalledWith(ORIGIN);
    await waitFor(() => expect(diagnoseUrl).toHaveBeenCalledWith(LINK, undefined));
    await waitFor(() => expect(window.location.hash).toBe('#result=r2'));
    expect(await screen.findByTestId('cause-card')).toBeTruthy();
  });

  it('does not retry when access is declined again', async () => {
    window.location.hash = '#result=r1';
    const diagnoseUrl = vi.fn(async () => 'r2');
    renderApp(
      services({
        loadMenuResult: async () => ({
          id: 'r1',
          requestedAt: '2026-11-25T00:00:00.000Z',
          url: LINK,
          origin: ORIGIN,
          outcome: { kind: 'permission-refused', origin: ORIGIN },
        }),
        requestOriginAccess: async () => ({ granted: false, reason: 'declined' }),
        diagnoseUrl,
      }),
    );
    const retry = await screen.findByTestId('allow-and-retry');
    fireEvent.click(retry);
    await waitFor(() => expect(retry.hasAttribute('disabled')).toBe(false));
    expect(diagnoseUrl).not.toHaveBeenCalled();
    expect(screen.getByTestId('live-problem')).toBeTruthy();
  });

  it('says a timeout is a timeout', async () => {
    window.location.hash = '#result=r1';
    renderApp(
      services({
        loadMenuResult: async () => ({
          id: 'r1',
          requestedAt: '2026-11-25T00:00:00.000Z',
          url: LINK,
          outcome: { kind: 'timeout', timeoutMs: 15000 },
        }),
      }),
    );
    expect((await screen.findByTestId('live-problem')).textContent).toContain('ui_replay_timeout|15');
  });
});
