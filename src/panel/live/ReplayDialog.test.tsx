// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  classify,
  type Exchange,
  emptyContext,
  exchangeFromHarEntry,
  type Translate,
} from '../../core/index.ts';
import type { ReplayResult } from '../../shared/live-protocol.ts';
import { TranslateProvider } from '../../ui/components/TranslateContext.tsx';
import { ReplayDialog, type ReplayServices } from './ReplayDialog.tsx';

const t: Translate = (key, substitutions) => [key, ...(substitutions ?? [])].join('|');
const URL_ = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/no-such-route';
const ORIGIN = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

function exchange(
  method: string,
  headers: Record<string, string>,
  errorType: string,
  body?: string,
): Exchange {
  return exchangeFromHarEntry({
    request: {
      method,
      url: URL_,
      headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
      ...(body !== undefined ? { postData: { mimeType: 'text/plain', text: body } } : {}),
    },
    response: {
      status: 403,
      headers: [
        { name: 'x-amzn-errortype', value: errorType },
        { name: 'x-amzn-requestid', value: '11111111-2222-3333-4444-555555555555' },
      ],
      content: {
        mimeType: 'application/json',
        text:
          errorType === 'MissingAuthenticationTokenException'
            ? '{"message":"Missing Authentication Token"}'
            : `{"message":"'abc' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer abc'."}`,
      },
    },
  });
}

const captured = exchange('GET', { Authorization: 'Bearer abc' }, 'IncompleteSignatureException');

function replayedWithoutAuthorization(): ReplayResult {
  const after = exchange('GET', {}, 'MissingAuthenticationTokenException');
  return {
    variant: 'without-authorization',
    before: classify(captured, emptyContext()),
    outcome: {
      kind: 'answered',
      exchange: after,
      entry: { request: { method: 'GET', url: URL_ }, response: { status: 403 } },
      diagnosis: classify(after, emptyContext()),
      notResent: [],
    },
  };
}

function renderDialog(target: Exchange, services: ReplayServices) {
  return render(
    <TranslateProvider value={t}>
      <ReplayDialog exchange={target} services={services} onClose={() => undefined} />
    </TranslateProvider>,
  );
}

afterEach(cleanup);

describe('ReplayDialog', () => {
  it('replays without Authorization after one confirmation and shows the diagnosis change', async () => {
    const services = {
      requestOriginAccess: vi.fn(async () => ({ granted: true as const })),
      replay: vi.fn(async () => replayedWithoutAuthorization()),
    };
    renderDialog(captured, services);
    fireEvent.click(screen.getByLabelText('ui_replay_variant_without_authorization'));
    expect(services.replay).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('replay-confirm'));
    // Asked synchronously inside the click, while Chrome still sees the user gesture.
    expect(services.requestOriginAccess).toHaveBeenCalledWith(ORIGIN);
    const result = await screen.findByTestId('replay-result');
    expect(services.replay).toHaveBeenCalledWith({
      exchange: captured,
      variant: 'without-authorization',
      bodyConfirmed: false,
    });
    expect(result.dataset.beforeCause).not.toBe(result.dataset.afterCause);
    expect(result.dataset.afterCause).toMatch(/^(resource-not-found-unsigned|missing-authentication-token)$/);
    expect(result.textContent).toContain('ui_replay_changed');
  });

  it('offers only the variants that remove a header the request had', () => {
    renderDialog(exchange('GET', {}, 'MissingAuthenticationTokenException'), {
      requestOriginAccess: async () => ({ granted: true }),
      replay: async () => replayedWithoutAuthorization(),
    });
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value)).toEqual([
      'as-captured',
    ]);
  });

  it('asks a second time, showing the body as text, before replaying a POST', async () => {
    const services = {
      requestOriginAccess: vi.fn(async () => ({ granted: true as const })),
      replay: vi.fn(async () => replayedWithoutAuthorization()),
    };
    const body = '<img src=x onerror="alert(1)">';
    renderDialog(exchange('POST', {}, 'MissingAuthenticationTokenException', body), services);
    fireEvent.click(screen.getByTestId('replay-confirm'));
    expect(services.requestOriginAccess).not.toHaveBeenCalled();
    const shown = screen.getByTestId('replay-body');
    expect(shown.textContent).toBe(body);
    expect(shown.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByTestId('replay-confirm-body'));
    await screen.findByTestId('replay-result');
    expect(services.replay).toHaveBeenCalledWith(expect.objectContaining({ bodyConfirmed: true }));
  });

  it('says access was refused and sends nothing', async () => {
    const replay = vi.fn(async () => replayedWithoutAuthorization());
    renderDialog(captured, {
      requestOriginAccess: async () => ({ granted: false, reason: 'declined' }),
      replay,
    });
    fireEvent.click(screen.getByTestId('replay-confirm'));
    const problem = await screen.findByTestId('live-problem');
    expect(problem.dataset.outcome).toBe('permission-refused');
    expect(problem.textContent).toContain(`ui_replay_permission_refused|${ORIGIN}`);
    expect(replay).not.toHaveBeenCalled();
  });

  it('shows a network error as a network error', async () => {
    renderDialog(captured, {
      requestOriginAccess: async () => ({ granted: true }),
      replay: async () => ({
        variant: 'as-captured',
        before: classify(captured, emptyContext()),
        outcome: { kind: 'network-error', message: 'Failed to fetch' },
      }),
    });
    fireEvent.click(screen.getByTestId('replay-confirm'));
    expect((await screen.findByTestId('live-problem')).textContent).toContain(
      'ui_replay_network_error|Failed to fetch',
    );
  });

  it('refuses methods fetch cannot send', () => {
    renderDialog(exchange('TRACE', {}, 'MissingAuthenticationTokenException'), {
      requestOriginAccess: async () => ({ granted: true }),
      replay: async () => replayedWithoutAuthorization(),
    });
    expect(screen.queryByTestId('replay-confirm')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('ui_replay_method_not_allowed|TRACE');
  });
});
