// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

afterEach(cleanup);

describe('panel accessibility (axe, structure only: jsdom has no layout or colours)', () => {
  it('has no violations with rows, a selected request, its card and the row menu open', async () => {
    const browser = new FakeBrowser(t, answeringWith(diagnose));
    render(<App services={browser.services()} />);
    await act(async () => {
      for (let index = 0; index < 3; index++) {
        browser.finish(
          capturedRequest({ url: `${GATEWAY}/prod/r${index}`, status: 403, body: '{"message":"Forbidden"}' }),
        );
      }
    });
    await settle();
    fireEvent.click(screen.getAllByTestId('request-row')[1] as HTMLElement);
    fireEvent.contextMenu(screen.getAllByTestId('request-row')[1] as HTMLElement);
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html}`)).toEqual([]);
  });

  it('has no violations in the empty state', async () => {
    render(<App services={new FakeBrowser(t, answeringWith(diagnose)).services()} />);
    await settle();
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe('panel at scale', () => {
  it('keeps the DOM small with 5,000 rows', async () => {
    const browser = new FakeBrowser(t, answeringWith(diagnose));
    for (let index = 0; index < 5000; index++) {
      browser.recorded.push(capturedRequest({ url: `${GATEWAY}/prod/r${index}`, status: 403 }));
    }
    render(<App services={browser.services()} />);
    await screen.findAllByTestId('request-row', {}, { timeout: 20_000 });
    await act(async () => {
      await vi.waitFor(() => expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('5001'), {
        timeout: 20_000,
      });
    });
    expect(screen.getAllByTestId('request-row').length).toBeLessThan(80);
  }, 30_000);
});
