// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, type LocaleMessages } from '../../core/index.ts';
import { TranslateProvider } from '../../ui/components/TranslateContext.tsx';
import type { ContextEntry, RequestRecord } from '../../ui/state/types.ts';
import { diagnosisOf, recordOf } from '../../ui/test-support/records.ts';
import { ExportDialog } from './ExportDialog.tsx';

const t = createTranslator(english as LocaleMessages);
const API_KEY = 'k3y-0123456789abcdefWXYZ';

function record(id: string, apiKey: string): RequestRecord {
  const built = recordOf(id, {
    requestHeaders: [{ name: 'x-api-key', value: apiKey }],
    responseHeaders: [{ name: 'x-amzn-errortype', value: 'ForbiddenException' }],
    body: { kind: 'json', text: '{"message":"Forbidden"}', json: { message: 'Forbidden' } },
  });
  return { ...built, seen: false, state: 'diagnosed', diagnosis: diagnosisOf(id, ['invalid-api-key']) };
}

function contextEntry(id: string, url: string): ContextEntry {
  const { entry, exchange } = recordOf(id, { url, status: 200 });
  return { id, host: exchange.host, entry };
}

/** jsdom's Blob has no text(); its FileReader does read it. */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob as Blob);
  });
}

let saved: Blob[] = [];
beforeEach(() => {
  // jsdom cannot navigate to the blob URL a download link points at.
  HTMLAnchorElement.prototype.click = () => undefined;
  saved = [];
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
});
afterEach(cleanup);

async function open(records: RequestRecord[], selected?: RequestRecord, context: ContextEntry[] = []) {
  let closed = false;
  render(
    <TranslateProvider value={t}>
      <ExportDialog
        all={records}
        context={context}
        selected={selected}
        initialScope={selected ? 'selected' : 'all'}
        version="9.9.9"
        onClose={() => {
          closed = true;
        }}
      />
    </TranslateProvider>,
  );
  await screen.findByTestId('redaction-preview', {}, { timeout: 10_000 });
  return () => closed;
}

describe('ExportDialog', () => {
  it('previews what redaction will replace, and saves an annotated HAR without the secret', async () => {
    const wasClosed = await open([record('a', API_KEY)]);
    const preview = screen.getByTestId('redaction-preview');
    expect(preview.textContent).toMatch(/x-api-key/i);
    expect(screen.getByRole('checkbox', { name: t('ui_export_redact') })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: t('ui_export_save') }));
    expect(saved).toHaveLength(1);
    const har = JSON.parse(await blobText(saved[0]));
    expect(JSON.stringify(har)).not.toContain(API_KEY);
    expect(har.log.entries).toHaveLength(1);
    expect(har.log.entries[0]._apigw403).toMatchObject({ version: '9.9.9', flagged: true });
    expect(wasClosed()).toBe(true);
  });

  it('warns, and keeps the secret, only when the user turns redaction off', async () => {
    await open([record('a', API_KEY)]);
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: t('ui_export_redact') }));
    });
    await screen.findByText(t('ui_export_unredacted_warning'), {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: t('ui_export_save') }));
    expect(await blobText(saved[0])).toContain(API_KEY);
  });

  it('exports just the selected request when asked', async () => {
    const selected = record('b', 'other-key-0987654321');
    await open([record('a', API_KEY), selected], selected);
    fireEvent.click(screen.getByRole('button', { name: t('ui_export_save') }));
    const har = JSON.parse(await blobText(saved[0]));
    expect(har.log.entries).toHaveLength(1);
  });

  it('exports the successes the diagnoses learnt from: all of them, or those of the selected request host', async () => {
    const selected = record('b', 'other-key-0987654321');
    const sameHost = contextEntry('ok', 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/health');
    const otherHost = contextEntry('ok2', 'https://h7t8p9a0p1.execute-api.eu-west-1.amazonaws.com/v1/health');
    const context = [sameHost, otherHost];
    await open([record('a', API_KEY), selected], selected, context);
    fireEvent.click(screen.getByRole('button', { name: t('ui_export_save') }));
    const urls = (har: { log: { entries: Array<{ request: { url: string } }> } }) =>
      har.log.entries.map((entry) => entry.request.url);
    expect(urls(JSON.parse(await blobText(saved[0])))).toEqual([
      selected.entry.request.url,
      sameHost.entry.request.url,
    ]);
    cleanup();
    await open([record('a', API_KEY), selected], undefined, context);
    // The dialog's count is the file's: 2 requests + 2 successes = 4 entries, and it says why.
    expect(screen.getByTestId('export-count').textContent).toBe(
      t('ui_export_count_with_context', ['4', '2', '2']),
    );
    fireEvent.click(screen.getByRole('button', { name: t('ui_export_save') }));
    expect(urls(JSON.parse(await blobText(saved[1])))).toHaveLength(4);
  });
});
