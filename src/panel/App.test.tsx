// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import {
  createTranslator,
  curlCommand,
  type Diagnosis,
  type Exchange,
  type LocaleMessages,
} from '../core/index.ts';
import type { CapturedRequest } from '../shared/captured-request.ts';
import { PROTOCOL_SOURCE } from '../shared/protocol.ts';
import { App } from './App.tsx';
import { answeringWith, capturedRequest, FakeBrowser } from './test-support/fake-services.ts';
import { settle } from './test-support/settle.ts';

const t = createTranslator(english as LocaleMessages);

const GATEWAY = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const AUTHORIZATION = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2VjcmV0LXNpZ25hdHVyZQ';

function forbidden(
  path: string,
  body = '{"message":"Missing Authentication Token"}',
  extra: Partial<Parameters<typeof capturedRequest>[0]> = {},
) {
  return capturedRequest({
    url: `${GATEWAY}${path}`,
    status: 403,
    responseHeaders: [
      { name: 'content-type', value: 'application/json' },
      { name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' },
      { name: 'x-amzn-requestid', value: '11111111-2222-3333-4444-555555555555' },
    ],
    body,
    ...extra,
  });
}

/** What a worker would answer: a fixed cause with evidence naming the exchange, so tests see it was theirs. */
function cannedDiagnosis(exchange: Exchange): Diagnosis {
  return {
    exchangeId: exchange.id,
    flagged: true,
    origin: 'api-gateway',
    causes: [
      {
        id: 'missing-authentication-token',
        confidence: 'high',
        score: 90,
        evidence: [
          {
            kind: 'header',
            detail: `x-amzn-errortype: MissingAuthenticationTokenException (${exchange.path})`,
          },
        ],
      },
      {
        id: 'resource-not-found-unsigned',
        confidence: 'medium',
        score: 50,
        evidence: [{ kind: 'absence', detail: 'no Authorization header' }],
      },
    ],
    // As classify() fills them: the curl -v reproduction is one of the facts.
    facts: {
      apiId: 'a1b2c3d4e5',
      region: 'us-east-1',
      stage: 'prod',
      ...(exchange.url ? { curl: curlCommand(exchange) } : {}),
    },
  };
}

async function mountPanel(browser = new FakeBrowser(t, answeringWith(cannedDiagnosis))) {
  render(<App services={browser.services()} />);
  await settle();
  return browser;
}

const rows = () => screen.queryAllByTestId('request-row');

afterEach(cleanup);

describe('panel: capture and diagnosis', () => {
  it('shows the empty state, then a 403 row with the worker diagnosis', async () => {
    const browser = await mountPanel();
    expect(screen.getByTestId('empty-state')).toBeTruthy();
    await act(async () => browser.finish(forbidden('/prod/pets')));
    await settle();
    expect(rows()).toHaveLength(1);
    const row = rows()[0] as HTMLElement;
    expect(row.dataset).toMatchObject({
      status: '403',
      method: 'GET',
      url: `${GATEWAY}/prod/pets`,
      state: 'diagnosed',
      cause: 'missing-authentication-token',
    });
    expect(within(row).getByText('MissingAuthenticationTokenException')).toBeTruthy();
  });

  it('lists nothing for a 200, and for an AWS service host that sends API Gateway headers', async () => {
    const browser = await mountPanel();
    await act(async () => {
      browser.finish(capturedRequest({ url: `${GATEWAY}/prod/ok`, status: 200 }));
      browser.finish(
        capturedRequest({
          url: 'https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com/graphql',
          status: 403,
          responseHeaders: [{ name: 'x-amz-apigw-id', value: 'abc=' }],
        }),
      );
    });
    await settle();
    expect(rows()).toHaveLength(0);
    // The 200 still taught the worker something (a path that works), without becoming a row: in a batch of
    // successes, sent a quarter second later.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(browser.ports[0]?.received.map((message) => message.type)).toEqual(['learn']);
  });

  it('opening Export brings in the successes still waiting for their batch, so the file holds them', async () => {
    const browser = await mountPanel();
    await act(async () => {
      browser.finish(capturedRequest({ url: `${GATEWAY}/prod/health`, status: 200 }));
      browser.finish(forbidden('/prod/pets'));
    });
    await settle(); // a few turns: well inside the quarter second the successes wait for
    expect(rows()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: t('ui_export_har') }));
    await settle();
    expect(screen.getByTestId('export-count').textContent).toBe(
      t('ui_export_count_with_context', ['2', '1', '1']),
    );
  });

  it('has the worker learn the successes seen before a candidate before it diagnoses the candidate', async () => {
    const browser = await mountPanel();
    await act(async () => {
      browser.finish(capturedRequest({ url: `${GATEWAY}/prod/ok`, status: 200 }));
      browser.finish(capturedRequest({ url: `${GATEWAY}/prod/x`, status: 403 }));
    });
    await settle();
    // Not a quarter second later with the next batch: the context the 403 is diagnosed with has the 200.
    expect(browser.ports[0]?.received.map((message) => message.type)).toEqual(['learn', 'classify']);
  });

  it('fetches the body only for candidates', async () => {
    const browser = await mountPanel();
    let fetched = 0;
    const counting = (request: ReturnType<typeof capturedRequest>) => ({
      ...request,
      getContent: async () => {
        fetched++;
        return request.getContent();
      },
    });
    await act(async () => {
      browser.finish(counting(capturedRequest({ url: 'https://example.com/x', status: 200 })));
      browser.finish(counting(capturedRequest({ url: `${GATEWAY}/prod/ok`, status: 200 })));
      browser.finish(counting(forbidden('/prod/a')));
    });
    await settle();
    expect(fetched).toBe(1);
  });

  it('lists a CORS-failed 403 that DevTools finished before it had its status and headers', async () => {
    const browser = await mountPanel();
    const recorded = forbidden('/prod/cors-failed');
    recorded.entry.response._error = 'net::ERR_FAILED';
    const unanswered = { ...recorded.entry.response, status: 0, headers: [] };
    browser.recorded.push(recorded);
    await act(async () =>
      browser.finish({ ...recorded, entry: { ...recorded.entry, response: unanswered } }),
    );
    await waitFor(() => expect(rows().map((row) => row.dataset.status)).toEqual(['403']), { timeout: 5000 });
    await waitFor(() => expect(rows()[0]?.dataset.cause).toBe('missing-authentication-token'));
  });

  it('lists requests recorded before the panel opened (getHAR backfill) once, and says when DevTools opened late', async () => {
    const browser = new FakeBrowser(t, answeringWith(cannedDiagnosis));
    const early = forbidden('/prod/early');
    browser.recorded.push(early);
    // The page called one more API before DevTools opened: in its Resource Timing, in no DevTools log.
    browser.pageRequestUrls = [`${GATEWAY}/prod/early`, `${GATEWAY}/prod/before-devtools`];
    render(<App services={browser.services()} />);
    await act(async () => browser.finish(early));
    await settle();
    expect(rows().map((row) => row.dataset.url)).toEqual([`${GATEWAY}/prod/early`]);
    const notice = screen.getByTestId('backfill-notice');
    fireEvent.click(within(notice).getByRole('button'));
    // The reload would clear the row and its diagnosis: asked first, Cancel keeps everything.
    const confirm = screen.getByTestId('reload-confirm');
    fireEvent.click(within(confirm).getByRole('button', { name: t('ui_cancel') }));
    expect(browser.reloads).toHaveLength(0);
    expect(rows()).toHaveLength(1);
    fireEvent.click(within(screen.getByTestId('backfill-notice')).getByRole('button'));
    fireEvent.click(screen.getByRole('button', { name: t('ui_reload_confirm_button') }));
    expect(browser.reloads).toHaveLength(1);
  });

  it('does not warn about a late DevTools when every call the page made is in the log', async () => {
    const browser = new FakeBrowser(t, answeringWith(cannedDiagnosis));
    const early = forbidden('/prod/early');
    browser.recorded.push(early);
    browser.pageRequestUrls = [`${GATEWAY}/prod/early`];
    await mountPanel(browser);
    expect(screen.queryByTestId('backfill-notice')).toBeNull();
  });

  it('does not warn about a late DevTools when the page document is in the log', async () => {
    const browser = new FakeBrowser(t, answeringWith(cannedDiagnosis));
    browser.recorded.push(
      capturedRequest({ url: 'https://demo.apigw403.test/', status: 200, resourceType: 'document' }),
    );
    await mountPanel(browser);
    expect(screen.queryByTestId('backfill-notice')).toBeNull();
  });

  it('does not warn about a late DevTools when the page navigated while the backfill was reading', async () => {
    const browser = new FakeBrowser(t, answeringWith(cannedDiagnosis));
    const services = browser.services();
    let answerBackfill: (requests: CapturedRequest[]) => void = () => undefined;
    const backfill = new Promise<CapturedRequest[]>((resolve) => {
      answerBackfill = resolve;
    });
    render(
      <App
        services={{ ...services, network: { ...services.network, getRecordedRequests: () => backfill } }}
      />,
    );
    await act(async () => browser.navigate('https://demo.apigw403.test/'));
    await act(async () => answerBackfill([]));
    await settle();
    expect(screen.queryByTestId('backfill-notice')).toBeNull();
  });

  it('clears on navigation unless Preserve log is checked', async () => {
    const browser = await mountPanel();
    await act(async () => browser.finish(forbidden('/prod/one')));
    await settle();
    await act(async () => browser.navigate('https://demo.apigw403.test/next'));
    await settle();
    expect(rows()).toHaveLength(0);
    fireEvent.click(screen.getByLabelText(t('ui_preserve_log')));
    await act(async () => browser.finish(forbidden('/prod/two')));
    await settle();
    await act(async () => browser.navigate('https://demo.apigw403.test/again'));
    await settle();
    expect(rows()).toHaveLength(1);
  });
});

describe('panel: the worker can stop at any time', () => {
  it('re-sends what was in flight on a new port and shows each diagnosis once', async () => {
    let answering = false;
    const browser = new FakeBrowser(t, (message, port) => {
      if (answering) answeringWith(cannedDiagnosis)(message, port);
    });
    await mountPanel(browser);
    await act(async () => {
      browser.finish(forbidden('/prod/a'));
      browser.finish(forbidden('/prod/b'));
    });
    await settle();
    expect(rows().map((row) => row.dataset.state)).toEqual(['pending', 'pending']);
    answering = true;
    await act(async () => browser.ports[0]?.die());
    await settle();
    expect(browser.ports).toHaveLength(2);
    expect(browser.ports[1]?.received.map((message) => message.id)).toHaveLength(2);
    expect(rows().map((row) => `${row.dataset.state}:${row.dataset.cause}`)).toEqual([
      'diagnosed:missing-authentication-token',
      'diagnosed:missing-authentication-token',
    ]);
  });

  it('shows a failed row and a clear message when the worker cannot be reached at all', async () => {
    const browser = new FakeBrowser(t, undefined);
    const services = {
      ...browser.services(),
      connectToWorker: () => {
        throw new Error('Extension context invalidated.');
      },
    };
    render(<App services={services} />);
    await act(async () => browser.finish(forbidden('/prod/a')));
    await settle();
    expect(rows()[0]?.dataset.state).toBe('error');
    expect(screen.getByRole('alert').textContent).toContain('Extension context invalidated.');
  });

  it('ignores a reply for a request it never sent', async () => {
    const browser = await mountPanel();
    await act(async () => browser.finish(forbidden('/prod/a')));
    await settle();
    await act(async () =>
      browser.ports[0]?.reply({
        source: PROTOCOL_SOURCE,
        id: 'classify:nope',
        type: 'diagnosis',
        payload: { requestId: 'nope', diagnosis: cannedDiagnosis({ id: 'nope' } as Exchange) },
      }),
    );
    expect(rows()).toHaveLength(1);
  });
});

describe('panel: details of the selected request', () => {
  async function selectFirst(request = forbidden('/prod/pets')) {
    const browser = await mountPanel();
    await act(async () => browser.finish(request));
    await settle();
    fireEvent.click(rows()[0] as HTMLElement);
    return browser;
  }

  it('shows the cause card with its evidence, fix, commands and the other candidates', async () => {
    await selectFirst();
    const card = screen.getByTestId('cause-card');
    expect(card.dataset.cause).toBe('missing-authentication-token');
    expect(
      within(card).getByText('x-amzn-errortype: MissingAuthenticationTokenException (/prod/pets)'),
    ).toBeTruthy();
    expect(within(card).getByText(t('ui_card_fix'))).toBeTruthy();
    // Commands start collapsed to the first; the curl -v reproduction is the last, listed once.
    const curlBlocks = () =>
      [...card.querySelectorAll('.command-block code')].filter((code) =>
        code.textContent?.startsWith('curl -v'),
      );
    expect(within(card).getByTestId('command-list').querySelectorAll('.command-block')).toHaveLength(1);
    expect(curlBlocks()).toHaveLength(0);
    fireEvent.click(within(card).getByRole('button', { name: /^Show all \d+ commands$/ }));
    expect(curlBlocks()).toHaveLength(1);
    // "How to confirm … (commands below)": the commands do come after it.
    const confirmHeading = within(card).getByText(t('ui_card_confirm'));
    const commands = within(card).getByTestId('command-list');
    expect(confirmHeading.compareDocumentPosition(commands) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const candidates = screen.getAllByTestId('candidate');
    expect(candidates.map((candidate) => candidate.dataset.cause)).toEqual(['resource-not-found-unsigned']);
  });

  it('masks credentials until the user clicks them', async () => {
    await selectFirst(
      forbidden('/prod/pets', undefined, {
        requestHeaders: [{ name: 'Authorization', value: AUTHORIZATION }],
      }),
    );
    fireEvent.click(screen.getByRole('tab', { name: t('ui_tab_headers') }));
    expect(document.body.textContent).not.toContain('c2VjcmV0LXNpZ25hdHVyZQ');
    const masked = screen.getByRole('button', { name: t('ui_reveal_secret', ['authorization']) });
    // The export's placeholder: the JWT's header and claims stay (diagnosis reads them), the signature goes.
    expect(masked.textContent).toMatch(/^Bearer eyJ[\w-]+\.eyJ[\w-]+\.REDACTED-\d+$/);
    fireEvent.click(masked);
    expect(document.body.textContent).toContain(AUTHORIZATION);
  });

  it('shows an HTML or script body as text, never as markup', async () => {
    const hostile = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><b>bold</b>';
    await selectFirst(forbidden('/prod/pets', hostile));
    fireEvent.click(screen.getByRole('tab', { name: t('ui_tab_body') }));
    const body = screen.getByTestId('response-body');
    expect(body.textContent).toBe(hostile);
    expect(body.querySelector('script, img, b')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('pretty-prints a JSON body', async () => {
    await selectFirst(forbidden('/prod/pets', '{"message":"Forbidden","detail":{"a":1}}'));
    fireEvent.click(screen.getByRole('tab', { name: t('ui_tab_body') }));
    expect(screen.getByTestId('response-body').textContent).toBe(
      JSON.stringify({ message: 'Forbidden', detail: { a: 1 } }, null, 2),
    );
  });

  it('decodes the bearer token locally in the JWT tab', async () => {
    await selectFirst(
      forbidden('/prod/pets', undefined, {
        requestHeaders: [{ name: 'authorization', value: AUTHORIZATION }],
      }),
    );
    fireEvent.click(screen.getByRole('tab', { name: t('ui_tab_jwt') }));
    expect(document.body.textContent).toContain('"sub": "1"');
  });

  it('keeps the list when the details fail to render', async () => {
    const browser = new FakeBrowser((key, substitutions) => {
      if (key === 'ui_card_why') throw new Error('broken string');
      return t(key, substitutions);
    }, answeringWith(cannedDiagnosis));
    await mountPanel(browser);
    await act(async () => browser.finish(forbidden('/prod/pets')));
    await settle();
    const original = console.error;
    console.error = () => undefined;
    try {
      fireEvent.click(rows()[0] as HTMLElement);
    } finally {
      console.error = original;
    }
    expect(screen.getByRole('alert').textContent).toContain('broken string');
    expect(rows()).toHaveLength(1);
  });
});

describe('panel: keyboard', () => {
  it('moves with the arrows, opens the details with Enter and the row menu with Shift+F10', async () => {
    const browser = await mountPanel();
    await act(async () => {
      browser.finish(forbidden('/prod/a'));
      browser.finish(forbidden('/prod/b'));
    });
    await settle();
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(rows().map((row) => row.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(grid.getAttribute('aria-activedescendant')).toBe(rows()[1]?.id);
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(document.activeElement?.closest('[data-testid="cause-card"]')).toBeTruthy();
    grid.focus();
    fireEvent.keyDown(grid, { key: 'F10', shiftKey: true });
    const menu = screen.getByRole('menu');
    expect(document.activeElement).toBe(within(menu).getAllByRole('menuitem')[0]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(grid);
  });

  it('re-diagnoses from the row menu with force, replacing the earlier answer', async () => {
    const browser = await mountPanel();
    await act(async () => browser.finish(forbidden('/prod/a')));
    await settle();
    fireEvent.contextMenu(rows()[0] as HTMLElement);
    fireEvent.click(screen.getByRole('menuitem', { name: t('ui_menu_rediagnose') }));
    await settle();
    const sent = browser.ports[0]?.received ?? [];
    expect(sent.map((message) => message.type === 'classify' && message.payload.force)).toEqual([
      false,
      true,
    ]);
    expect(rows()).toHaveLength(1);
    expect(rows()[0]?.dataset.state).toBe('diagnosed');
  });
});

describe('panel: look', () => {
  it('follows the DevTools theme, also when the user switches it', async () => {
    const browser = new FakeBrowser(t, answeringWith(cannedDiagnosis));
    let switchTheme: ((theme: 'light' | 'dark') => void) | undefined;
    render(
      <App
        services={{
          ...browser.services(),
          theme: 'dark',
          onThemeChanged: (listener) => {
            switchTheme = listener;
            return () => undefined;
          },
        }}
      />,
    );
    await settle();
    expect(document.documentElement.dataset.theme).toBe('dark');
    await act(async () => switchTheme?.('light'));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('counts new 403s in a "new" chip that clicking rows does not count down; the chip shows the first', async () => {
    const browser = await mountPanel();
    await act(async () => {
      browser.finish(forbidden('/prod/a'));
      browser.finish(forbidden('/prod/b'));
    });
    await settle();
    expect(screen.getByTestId('new-403-badge').textContent).toBe('2 new');
    fireEvent.click(rows()[1] as HTMLElement);
    expect(screen.getByTestId('new-403-badge').textContent).toBe('2 new');
    fireEvent.click(screen.getByTestId('new-403-badge'));
    expect(screen.queryByTestId('new-403-badge')).toBeNull();
    expect(rows()[0]?.getAttribute('aria-selected')).toBe('true');
  });
});

describe('panel: settings', () => {
  it('starts from the saved settings and saves what the user changes', async () => {
    const browser = new FakeBrowser(t, answeringWith(cannedDiagnosis));
    const saved: unknown[] = [];
    const services = {
      ...browser.services(),
      settings: {
        load: async () => ({ preserveLog: true, maxRequests: 300 }),
        save: async (settings: unknown) => {
          saved.push(settings);
        },
      },
    };
    render(<App services={services} />);
    await settle();
    const preserve = screen.getByLabelText(t('ui_preserve_log')) as HTMLInputElement;
    expect(preserve.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: t('ui_settings') }));
    const maxRequests = screen.getByLabelText(t('ui_settings_max_requests')) as HTMLInputElement;
    expect(maxRequests.value).toBe('300');
    fireEvent.change(maxRequests, { target: { value: '400' } });
    fireEvent.click(screen.getByRole('button', { name: t('ui_settings_save') }));
    fireEvent.click(preserve);
    await vi.waitFor(() =>
      expect(saved.at(-1)).toMatchObject({ preserveLog: false, maxRequests: 400, columnWidths: {} }),
    );
  });
});
