// @vitest-environment jsdom
/**
 * Issue 15 items that jsdom can judge: the toolbar is Network's (icons, chips, Keep log, no spinner; item 9), the
 * Error type column reads only what the server said (item 7), the card reads verdict → what tells candidates apart →
 * fix → commands and lists an echoed fact once (item 6), the row menu copies the URL, the request id and the
 * headers, saying so in the status bar (item 13), and Spanish leaves nothing English in evidence labels and column
 * headers (item 12).
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import spanish from '../../public/_locales/es/messages.json' with { type: 'json' };
import { CAUSE_EXAMPLES } from '../core/causes/examples.ts';
import {
  classify,
  contextFrom,
  createTranslator,
  type Diagnosis,
  type Exchange,
  exchangeFromHarEntry,
  type LocaleMessages,
} from '../core/index.ts';
import { CauseCard } from '../ui/components/CauseCard.tsx';
import { EvidenceList } from '../ui/components/EvidenceList.tsx';
import { TranslateProvider } from '../ui/components/TranslateContext.tsx';
import { COLUMNS, rowCells } from '../ui/state/row-cells.ts';
import type { RequestRecord } from '../ui/state/types.ts';
import { diagnosisOf, recordOf } from '../ui/test-support/records.ts';
import { App } from './App.tsx';
import { answeringWith, capturedRequest, FakeBrowser } from './test-support/fake-services.ts';

const en = createTranslator(english as LocaleMessages);
const es = createTranslator(spanish as LocaleMessages);
const GATEWAY = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

afterEach(cleanup);

describe('toolbar, as the Network panel draws it', () => {
  it('icons for clear and export, filter chips, Keep log, no radio and no number spinner', async () => {
    const browser = new FakeBrowser(
      en,
      answeringWith((exchange) => diagnosisOf(exchange.id)),
    );
    render(<App services={browser.services()} />);
    await act(async () => browser.finish(capturedRequest({ url: `${GATEWAY}/prod/a`, status: 403 })));
    const toolbar = screen.getByRole('toolbar');
    for (const label of [en('ui_clear'), en('ui_export_har'), en('ui_settings')]) {
      const button = within(toolbar).getByRole('button', { name: label });
      expect(button.textContent, `${label} is an icon`).toBe('');
      expect(button.querySelector('svg')).not.toBeNull();
    }
    const chips = [...toolbar.querySelectorAll('.chip')];
    expect(chips.map((chip) => [chip.textContent, chip.getAttribute('aria-pressed')])).toEqual([
      [en('ui_scope_api_gateway'), 'true'],
      [en('ui_scope_all_4xx'), 'false'],
    ]);
    expect(toolbar.querySelectorAll('input[type="radio"], input[type="number"]')).toHaveLength(0);
    expect(within(toolbar).getByRole('checkbox', { name: /Keep log/ })).toBeTruthy();
    expect(en('ui_preserve_log')).toBe('Keep log');
  });
});

describe('row menu copy actions', () => {
  it('copy the URL, the x-amzn-requestid and all headers, and the status bar says it was copied', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn(async (text: string) => void copied.push(text)) },
    });
    const browser = new FakeBrowser(
      en,
      answeringWith((exchange) => diagnosisOf(exchange.id)),
    );
    render(<App services={browser.services()} />);
    const url = `${GATEWAY}/prod/pets?page=2`;
    await act(async () =>
      browser.finish(
        capturedRequest({
          url,
          status: 403,
          responseHeaders: [{ name: 'x-amzn-requestid', value: '0f1e2d3c-aaaa-bbbb-cccc-123456789abc' }],
        }),
      ),
    );
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    for (const action of ['ui_menu_copy_url', 'ui_menu_copy_request_id', 'ui_menu_copy_headers']) {
      fireEvent.contextMenu(screen.getByTestId('request-row'));
      await act(async () => {
        fireEvent.click(screen.getByRole('menuitem', { name: en(action) }));
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    }
    expect(copied.slice(0, 2)).toEqual([url, '0f1e2d3c-aaaa-bbbb-cccc-123456789abc']);
    expect(copied[2]).toContain('x-amzn-requestid: 0f1e2d3c-aaaa-bbbb-cccc-123456789abc');
    expect(screen.getByTestId('action-feedback').textContent).toBe(en('ui_copied'));
  });
});

describe('Error type column', () => {
  const cells = (exchange: Partial<Exchange>) =>
    rowCells({ ...recordOf('r', exchange) } as RequestRecord, en);

  it('shows x-amzn-errortype without the suffix AWS appends', () => {
    expect(
      cells({
        responseHeaders: [
          { name: 'x-amzn-errortype', value: 'AccessDeniedException:http://internal.amazon.com/' },
        ],
      }).errorType,
    ).toBe('AccessDeniedException');
  });

  it('leaves a network error (net::ERR_FAILED) out of it: that is the status cell, "(blocked)"', () => {
    const blocked = cells({ status: 0, error: 'net::ERR_FAILED', responseHeaders: [] });
    expect(blocked.errorType).toBe('');
    expect(blocked.status).toBe(en('ui_status_blocked'));
  });
});

describe('cause card', () => {
  it('lists a fact the top cause shows (an echoed JWT) once, not again under the other candidates', () => {
    const echoed = {
      kind: 'body',
      detail: 'message: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.<signature>',
    };
    const diagnosis: Diagnosis = {
      ...diagnosisOf('r', ['iam-method-non-sigv4-authorization', 'resource-not-found-signed']),
    };
    const [top, other] = diagnosis.causes;
    if (!top || !other) throw new Error('two causes expected');
    top.evidence.push(echoed);
    other.evidence.push(echoed, { kind: 'path', detail: 'only the candidate says this' });
    render(
      <TranslateProvider value={en}>
        <CauseCard cause={top} others={[other]} diagnosis={diagnosis} exchange={recordOf('r').exchange} />
      </TranslateProvider>,
    );
    const card = screen.getByTestId('cause-card');
    expect(card.textContent?.split(echoed.detail)).toHaveLength(2);
    // Verdict, then what tells the candidates apart, then the fix, then the commands.
    const order = [
      card.querySelector('.evidence-list'),
      card.querySelector('.candidates'),
      within(card).getByText(en('ui_card_fix')),
      within(card).getByTestId('command-list'),
    ];
    for (let i = 1; i < order.length; i++) {
      const [earlier, later] = [order[i - 1], order[i]];
      expect(
        earlier && later && earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    expect(card.textContent).toContain('only the candidate says this');
  });
});

describe('Spanish', () => {
  /** Every evidence kind the classifier produces, over every cause's examples. */
  const kinds = [
    ...new Set(
      Object.values(CAUSE_EXAMPLES).flatMap((examples) =>
        examples.flatMap((example) => {
          const exchange = exchangeFromHarEntry(example.entry, { index: 0 });
          const session = (example.session ?? []).map((entry, index) =>
            exchangeFromHarEntry(entry, { index: index + 1 }),
          );
          return classify(exchange, contextFrom([...session, exchange])).causes.flatMap((cause) =>
            cause.evidence.map((item) => item.kind),
          );
        }),
      ),
    ),
  ].sort();

  it('labels every evidence kind in Spanish', () => {
    expect(kinds.length).toBeGreaterThan(5);
    render(
      <TranslateProvider value={es}>
        <EvidenceList evidence={kinds.map((kind) => ({ kind, detail: '' }))} />
      </TranslateProvider>,
    );
    const labels = [...document.querySelectorAll('.evidence-kind')].map((label) => label.textContent);
    expect(labels).toEqual(kinds.map((kind) => es(`ui_evidence_kind_${kind}`)));
    // Names that are the same word in both languages are proper nouns; every other label is translated.
    const untranslated = kinds.filter(
      (kind) => es(`ui_evidence_kind_${kind}`) === en(`ui_evidence_kind_${kind}`),
    );
    expect(untranslated.sort()).toEqual(['jwt', 'sigv4'].filter((kind) => kinds.includes(kind)));
  });

  it('translates every column header, including the compact list Name', () => {
    const headers = [...COLUMNS, 'name'].map((column) => [
      es(`ui_column_${column}`),
      en(`ui_column_${column}`),
    ]);
    expect(headers.filter(([spanishHeader, englishHeader]) => spanishHeader === englishHeader)).toEqual([]);
    expect(es('ui_column_url')).not.toMatch(/\bhost\b/i);
  });
});
