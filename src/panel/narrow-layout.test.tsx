// @vitest-environment jsdom
/**
 * The narrow panel (DevTools docked right, below 700 px) as the Network panel works there: the full grid until a
 * request is opened, then one Name column beside the details; Esc (on the list or in the details) or × brings the
 * full grid back, with focus on it and the key kept from DevTools. jsdom has no layout: widths are checked in
 * e2e/panel-layout.spec.ts; here the structure, the keys and axe.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, type Diagnosis, type Exchange, type LocaleMessages } from '../core/index.ts';
import { diagnosisOf } from '../ui/test-support/records.ts';
import { App } from './App.tsx';
import { answeringWith, capturedRequest, FakeBrowser } from './test-support/fake-services.ts';
import { settle } from './test-support/settle.ts';

const t = createTranslator(english as LocaleMessages);
const GATEWAY = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

const diagnose = (exchange: Exchange): Diagnosis => ({
  ...diagnosisOf(exchange.id, ['invalid-api-key', 'waf-blocked']),
  exchangeId: exchange.id,
});

/** jsdom has no media queries: the panel is told it is narrow, or wide. */
function panelWidth(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: narrow && query.includes('max-width'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

const headers = () =>
  [...document.querySelectorAll('.request-row.header .sort-button')].map((b) => b.textContent);
const firstRowCells = () =>
  [...(screen.getAllByTestId('request-row')[0]?.querySelectorAll('td') ?? [])].map((cell) => cell.className);

async function mount() {
  const browser = new FakeBrowser(t, answeringWith(diagnose));
  render(<App services={browser.services()} />);
  await act(async () => {
    browser.finish(
      capturedRequest({ url: `${GATEWAY}/prod/pets`, status: 403, body: '{"message":"Forbidden"}' }),
    );
    browser.finish(
      capturedRequest({ url: `${GATEWAY}/prod/users`, status: 401, body: '{"message":"Unauthorized"}' }),
    );
  });
  await settle();
}

/** A keydown the panel did not handle bubbles to the document, where DevTools listens. */
function keysReachingDevTools(): string[] {
  const seen: string[] = [];
  document.addEventListener('keydown', (event) => seen.push(event.key));
  return seen;
}

beforeEach(() => panelWidth(true));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('narrow panel', () => {
  it('keeps every column while nothing is open', async () => {
    await mount();
    expect(headers()).toHaveLength(6);
    expect(screen.getByTestId('apigw403-panel').dataset.layout).toBe('narrow');
  });

  it('opening a request leaves one Name column (status, method, path; red for 4xx) beside the details', async () => {
    await mount();
    fireEvent.click(screen.getAllByTestId('request-row')[1] as HTMLElement);
    expect(headers()).toEqual([t('ui_column_name')]);
    expect(firstRowCells()).toEqual(['cell name']);
    const [first, second] = screen.getAllByTestId('request-row');
    expect(first?.textContent).toBe('403 GET /prod/pets');
    expect(second?.textContent).toBe('401 GET /prod/users');
    expect(first?.className).toContain('failed');
    expect(second?.className).toContain('failed');
    // No edge to drag on a column that fills the list; the splitter beside the details still moves.
    expect(document.querySelector('.column-resizer')).toBeNull();
    expect(screen.getByTestId('splitter').getAttribute('aria-orientation')).toBe('vertical');
    expect(screen.getByTestId('cause-card')).toBeTruthy();
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html}`)).toEqual([]);
  });

  it('Esc on the list brings the full list back, focused, and DevTools never sees the key', async () => {
    await mount();
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(headers()).toHaveLength(1);
    const reaching = keysReachingDevTools();
    fireEvent.keyDown(grid, { key: 'Escape' });
    expect(headers()).toHaveLength(6);
    expect(document.querySelector('.details-pane')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('grid'));
    expect(reaching).toEqual([]);
    // With the full list back, Esc is DevTools' again (its Console drawer).
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'Escape' });
    expect(reaching).toEqual(['Escape']);
  });

  it('Esc inside the details, and the ×, bring the full list back too', async () => {
    await mount();
    fireEvent.click(screen.getAllByTestId('request-row')[0] as HTMLElement);
    const reaching = keysReachingDevTools();
    fireEvent.keyDown(within(screen.getByTestId('cause-card')).getByRole('heading', { level: 2 }), {
      key: 'Escape',
    });
    expect(headers()).toHaveLength(6);
    expect(document.activeElement).toBe(screen.getByRole('grid'));
    expect(reaching).toEqual([]);

    fireEvent.click(screen.getAllByTestId('request-row')[0] as HTMLElement);
    expect(headers()).toHaveLength(1);
    fireEvent.click(screen.getByTestId('close-details'));
    expect(headers()).toHaveLength(6);
  });
});

describe('wide panel', () => {
  it('keeps every column beside the details, and Esc is left to DevTools', async () => {
    panelWidth(false);
    await mount();
    fireEvent.click(screen.getAllByTestId('request-row')[0] as HTMLElement);
    expect(screen.getByTestId('apigw403-panel').dataset.layout).toBe('wide');
    expect(headers()).toHaveLength(6);
    const reaching = keysReachingDevTools();
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'Escape' });
    expect(reaching).toEqual(['Escape']);
    expect(document.querySelector('.details-pane')).not.toBeNull();
  });
});
