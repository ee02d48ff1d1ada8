// @vitest-environment jsdom
/**
 * One masking rule for everything the panel shows or copies (issue 15 item 8, issue 13's curl body): a JWT, a
 * SigV4 credential and a password planted in the request body, the response body and the headers are found by
 * the export's secret model and replaced, on every tab, in the cause card's evidence and its `curl -v` line, in
 * the list row and its tooltip, and in Copy as Markdown / curl / headers. Only the Headers tab's click shows a raw value.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import {
  classify,
  createTranslator,
  type Diagnosis,
  type Exchange,
  emptyContext,
  type LocaleMessages,
} from '../core/index.ts';
import { App } from './App.tsx';
import { answeringWith, capturedRequest, FakeBrowser } from './test-support/fake-services.ts';
import { settle } from './test-support/settle.ts';

const t = createTranslator(english as LocaleMessages);
const GATEWAY = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

/** Each planted secret: what must never be on screen, and where it was planted. */
const HEADER_JWT_SIGNATURE = 'aGVhZGVyLWp3dC1zaWduYXR1cmUtc2VjcmV0';
const HEADER_JWT = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJoZWFkZXIifQ.${HEADER_JWT_SIGNATURE}`;
const REQUEST_JWT_SIGNATURE = 'cmVxdWVzdC1ib2R5LWp3dC1zaWduYXR1cmU';
const REQUEST_JWT = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXF1ZXN0LWJvZHkifQ.${REQUEST_JWT_SIGNATURE}`;
const RESPONSE_JWT_SIGNATURE = 'cmVzcG9uc2UtYm9keS1qd3Qtc2lnbmF0dXJl';
const RESPONSE_JWT = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXNwb25zZS1ib2R5In0.${RESPONSE_JWT_SIGNATURE}`;
const REQUEST_PASSWORD = 'Tr0ub4dor&3-request';
const RESPONSE_PASSWORD = 'C0rrect-Horse-response';
const REQUEST_KEY_ID = 'AKIAIOSFODNN7REQBODY';
const REQUEST_SIGNATURE = 'a'.repeat(8) + '0123456789abcdef'.repeat(3) + 'b'.repeat(8);
const RESPONSE_KEY_ID = 'ASIAIOSFODNN7RESPBDY';
const RESPONSE_SIGNATURE = 'c'.repeat(8) + 'fedcba9876543210'.repeat(3) + 'd'.repeat(8);
const API_KEY = 'k3yV4lue-0f-the-x-api-key-header-42';
const URL_TOKEN = 'Zq8uRlT0k3n-in-the-query-string';

const SECRETS = {
  HEADER_JWT_SIGNATURE,
  REQUEST_JWT_SIGNATURE,
  RESPONSE_JWT_SIGNATURE,
  REQUEST_PASSWORD,
  RESPONSE_PASSWORD,
  REQUEST_KEY_ID,
  REQUEST_SIGNATURE,
  RESPONSE_KEY_ID,
  RESPONSE_SIGNATURE,
  API_KEY,
  URL_TOKEN,
};

const sigv4 = (keyId: string, signature: string) =>
  `AWS4-HMAC-SHA256 Credential=${keyId}/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`;

const REQUEST_BODY = JSON.stringify({
  username: 'ana',
  password: REQUEST_PASSWORD,
  id_token: REQUEST_JWT,
  upstream: { authorization: sigv4(REQUEST_KEY_ID, REQUEST_SIGNATURE) },
});

/** An API that echoes what it was sent, as a misconfigured authorizer or a debug endpoint does. */
const RESPONSE_BODY = JSON.stringify({
  message: `Authorization header requires 'Credential' parameter. Authorization=Bearer ${HEADER_JWT}`,
  echo: {
    password: RESPONSE_PASSWORD,
    token: RESPONSE_JWT,
    signed: sigv4(RESPONSE_KEY_ID, RESPONSE_SIGNATURE),
  },
});

function plantedRequest() {
  return capturedRequest({
    url: `${GATEWAY}/prod/login?access_token=${URL_TOKEN}`,
    status: 403,
    requestHeaders: [
      { name: 'authorization', value: `Bearer ${HEADER_JWT}` },
      { name: 'x-api-key', value: API_KEY },
      { name: 'content-type', value: 'application/json' },
    ],
    requestBody: REQUEST_BODY,
    responseHeaders: [
      { name: 'content-type', value: 'application/json' },
      { name: 'x-amzn-errortype', value: 'IncompleteSignatureException' },
      { name: 'x-amzn-requestid', value: '11111111-2222-3333-4444-555555555555' },
    ],
    body: RESPONSE_BODY,
  });
}

/**
 * The real classifier, plus one piece of evidence quoting the raw bodies: a rule that forgot to mask. The screen
 * must still hide it, because masking happens where the panel shows things, not in each rule.
 */
function diagnoseCarelessly(exchange: Exchange): Diagnosis {
  const diagnosis = classify(exchange, emptyContext());
  const [top, ...others] = diagnosis.causes;
  if (!top) throw new Error('the planted request should be flagged');
  const careless = { kind: 'body', detail: `${exchange.requestBody?.text} → ${exchange.body.text}` };
  return { ...diagnosis, causes: [{ ...top, evidence: [...top.evidence, careless] }, ...others] };
}

/** Every text and attribute value in the document: what a user can read or hover. */
function everythingShown(): string {
  const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes]
      // data-url identifies a row for tests and is never displayed.
      .filter((attribute) => attribute.name !== 'data-url')
      .map((attribute) => attribute.value),
  );
  return [document.body.textContent ?? '', ...attributes].join('\n');
}

function leaked(text: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, secret]) => text.includes(secret))
    .map(([name]) => name);
}

let clipboard: string[] = [];

beforeEach(() => {
  clipboard = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: vi.fn(async (text: string) => void clipboard.push(text)) },
  });
});
afterEach(cleanup);

async function selectPlanted() {
  const browser = new FakeBrowser(t, answeringWith(diagnoseCarelessly));
  render(<App services={browser.services()} />);
  await settle();
  await act(async () => browser.finish(plantedRequest()));
  await settle();
  const row = screen.getByTestId('request-row');
  fireEvent.click(row);
  return row;
}

describe('secrets planted in headers, request body and response body', () => {
  it('the planted secrets are really there to find: the raw request has every one', () => {
    const { entry } = plantedRequest();
    expect(leaked(JSON.stringify(entry) + RESPONSE_BODY)).toEqual(Object.keys(SECRETS));
  });

  it('appear on no tab, in no evidence, command, tooltip or label', async () => {
    await selectPlanted();
    const card = screen.getByTestId('cause-card');
    // The careless evidence is on screen (masked), and so is the curl -v line with its --data-raw body.
    const showAll = within(card).queryByRole('button', { name: /^Show all \d+ commands$/ });
    if (showAll) fireEvent.click(showAll);
    const curl = [...card.querySelectorAll('.command-block code')].find((code) =>
      code.textContent?.startsWith('curl -v'),
    );
    expect(curl?.textContent).toContain('--data-raw');
    expect(curl?.textContent).toContain('"username":"ana"');
    expect(card.textContent).toContain('"username":"ana"');
    expect(leaked(everythingShown()), 'diagnosis tab').toEqual([]);

    for (const tab of ['headers', 'body', 'sigv4', 'jwt', 'timing']) {
      fireEvent.click(screen.getByRole('tab', { name: t(`ui_tab_${tab}`) }));
      expect(leaked(everythingShown()), `${tab} tab`).toEqual([]);
    }
  });

  it('shows a secret the same way everywhere: the placeholder the export writes, in every place', async () => {
    await selectPlanted();
    fireEvent.click(screen.getByRole('tab', { name: t('ui_tab_body') }));
    const body = screen.getByTestId('response-body').textContent ?? '';
    // A JWT keeps its header and claims (diagnosis reads them, as the export keeps them); its signature goes.
    const placeholder = new RegExp(`${HEADER_JWT.split('.').slice(0, 2).join('\\.')}\\.(REDACTED-\\d+)`);
    const bodyPlaceholder = placeholder.exec(body)?.[1];
    expect(bodyPlaceholder).toMatch(/^REDACTED-\d+$/);
    fireEvent.click(screen.getByRole('tab', { name: t('ui_tab_headers') }));
    const masked = screen.getByRole('button', { name: t('ui_reveal_secret', ['authorization']) });
    expect(placeholder.exec(masked.textContent ?? '')?.[1]).toBe(bodyPlaceholder);
  });

  it('Headers: a click on a masked value, and only that, shows it', async () => {
    await selectPlanted();
    fireEvent.click(screen.getByRole('tab', { name: t('ui_tab_headers') }));
    expect(leaked(everythingShown())).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: t('ui_reveal_secret', ['x-api-key']) }));
    expect(leaked(everythingShown())).toEqual(['API_KEY']);
  });

  it('Copy as Markdown, Copy as curl and Copy headers carry none of them', async () => {
    const row = await selectPlanted();
    for (const action of ['ui_menu_copy_markdown', 'ui_menu_copy_curl', 'ui_menu_copy_headers']) {
      fireEvent.contextMenu(row);
      fireEvent.click(screen.getByRole('menuitem', { name: t(action) }));
      await settle();
    }
    expect(clipboard).toHaveLength(3);
    expect(clipboard[1]).toContain('--data-raw');
    for (const text of clipboard) expect(leaked(text)).toEqual([]);
  });

  it('Copy as curl including secrets, the one item that says so, keeps them', async () => {
    const row = await selectPlanted();
    fireEvent.contextMenu(row);
    fireEvent.click(screen.getByRole('menuitem', { name: new RegExp(t('ui_menu_copy_curl_secrets')) }));
    await settle();
    expect(leaked(clipboard.join('\n'))).toEqual(
      expect.arrayContaining(['REQUEST_PASSWORD', 'REQUEST_KEY_ID', 'API_KEY']),
    );
  });
});
