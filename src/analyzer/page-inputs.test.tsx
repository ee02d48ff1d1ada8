// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Translate } from '../core/index.ts';
import { TranslateProvider } from '../ui/components/TranslateContext.tsx';
import { SAMPLE_HAR } from './__fixtures__/har-text.ts';
import { AnalyzerApp } from './AnalyzerApp.tsx';
import { analyzeForPage } from './page-analysis.ts';
import { analyzeInputsForPage } from './page-inputs.ts';
import type { AnalyzerServices } from './services.ts';

const t: Translate = (key, substitutions) => [key, ...(substitutions ?? [])].join('|');
const CURL = readFileSync(
  join(import.meta.dirname, '../inputs/__fixtures__/curl-v-waf-forbidden.txt'),
  'utf8',
);
const BARE_BODY = '{"message":"Missing Authentication Token"}';

const services: AnalyzerServices = {
  t,
  loadMenuResult: async () => undefined,
  requestOriginAccess: async () => ({ granted: true }),
  announceOriginAccess: async () => undefined,
  diagnoseUrl: async () => 'next',
  takeHandedOverHar: async () => undefined,
};

/** jsdom's File has no stream(); the page streams HAR files through it, as Chrome's File does. */
function file(name: string, text: string): File {
  const made = new File([text], name);
  const bytes = new TextEncoder().encode(text);
  Object.defineProperty(made, 'stream', {
    value: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
  });
  return made;
}

afterEach(cleanup);

describe('inputs of the analyzer page', () => {
  it('reads a transcript through the HAR pipeline and says what it was read as and what it lacked', async () => {
    const { analysis, outcomes } = await analyzeInputsForPage([{ name: 'pasted', text: BARE_BODY }]);
    expect(analysis.entryCount).toBe(1);
    expect(outcomes).toEqual([
      {
        name: 'pasted',
        entryCount: 1,
        transcript: { format: 'text', missing: [['url', 'request-headers', 'status', 'response-headers']] },
      },
    ]);
  });

  it('keeps one HAR file exactly as before: same ids, same error banner', async () => {
    const alone = await analyzeInputsForPage([
      { name: 'capture.har', file: file('capture.har', SAMPLE_HAR) },
    ]);
    expect(alone.analysis).toEqual(await analyzeForPage({ text: SAMPLE_HAR }));
    expect(alone.outcomes).toEqual([{ name: 'capture.har', entryCount: alone.analysis.entryCount }]);
  });

  it('lists several inputs together, ids kept apart, each input with its own outcome', async () => {
    const { analysis, outcomes } = await analyzeInputsForPage([
      { name: 'a.har', file: file('a.har', SAMPLE_HAR) },
      { name: 'ticket.txt', file: file('ticket.txt', CURL) },
      { name: 'empty.log', file: file('empty.log', '   ') },
      { name: 'cut.har', file: file('cut.har', SAMPLE_HAR.slice(0, 200)) },
    ]);
    const ids = analysis.entries.map((entry) => entry.exchange.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith('1/'))).toBe(true);
    expect(ids).toContain('2/har:0');
    expect(analysis.entries.every((entry) => entry.diagnosis.exchangeId === entry.exchange.id)).toBe(true);
    expect(analysis.error).toBeUndefined();
    expect(
      outcomes.map((outcome) => [outcome.name, outcome.transcript?.format, outcome.refused?.refused]),
    ).toEqual([
      ['a.har', undefined, undefined],
      ['ticket.txt', 'curl', undefined],
      ['empty.log', undefined, 'empty'],
      ['cut.har', undefined, undefined],
    ]);
    expect(outcomes[3]?.error?.code).toBe('truncated');
  });
});

describe('paste box and multi-file drop', () => {
  it('explains a pasted curl -v output: cause card, format and no missing part', async () => {
    render(
      <TranslateProvider value={t}>
        <AnalyzerApp services={services} />
      </TranslateProvider>,
    );
    fireEvent.change(screen.getByTestId('paste-text'), { target: { value: CURL } });
    fireEvent.click(screen.getByTestId('paste-submit'));
    expect(await screen.findByTestId('cause-card')).toBeTruthy();
    const note = screen.getByTestId('input-note');
    expect(note.dataset.format).toBe('curl');
    expect(note.dataset.missing).toBe('');
    expect(note.textContent).toContain('input_read_as|input_format_curl');
  });

  it('says which parts a bare body did not show', async () => {
    render(
      <TranslateProvider value={t}>
        <AnalyzerApp services={services} />
      </TranslateProvider>,
    );
    fireEvent.change(screen.getByTestId('paste-text'), { target: { value: BARE_BODY } });
    fireEvent.click(screen.getByTestId('paste-submit'));
    const note = await screen.findByTestId('input-note');
    expect(note.dataset.missing).toBe('url request-headers status response-headers');
    expect(note.textContent).toContain('input_missing_response_headers');
  });

  it('analyses every dropped file, a HAR and a transcript, into one list', async () => {
    render(
      <TranslateProvider value={t}>
        <AnalyzerApp services={services} />
      </TranslateProvider>,
    );
    fireEvent.drop(screen.getByTestId('har-drop-zone'), {
      dataTransfer: { files: [file('capture.har', SAMPLE_HAR), file('ticket.txt', CURL)] },
    });
    await waitFor(() => expect(screen.getAllByTestId('input-note')).toHaveLength(2));
    const [har, ticket] = screen.getAllByTestId('input-note');
    expect(within(har as HTMLElement).getByText(/capture\.har/)).toBeTruthy();
    expect(ticket?.dataset.format).toBe('curl');
    const rows = screen.getAllByTestId('request-row').map((row) => row.dataset.requestId);
    expect(rows.some((id) => id?.startsWith('1/'))).toBe(true);
    expect(rows).toContain('2/har:0');
  });
});
