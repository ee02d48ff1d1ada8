/**
 * Issue 15 item 8 and issue 13's curl body, in the built extension: a HAR whose request carries a JWT, SigV4
 * credentials, an API key and a password (headers, query, JSON body) and whose 403 echoes them back is opened in
 * the analyzer page, which shows it with the panel's own list and details. No planted secret may be readable on any
 * tab, in the evidence, the cause card's `curl -v` line or a tooltip. The same rule is checked for the panel's
 * copied reports in src/panel/secrets-on-screen.test.tsx. Needs: dist/ built (analyzer page, classifier).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/index.ts';

const HEADER_JWT_SIGNATURE = 'aGVhZGVyLWp3dC1zaWduYXR1cmUtc2VjcmV0';
const HEADER_JWT = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJoZWFkZXIifQ.${HEADER_JWT_SIGNATURE}`;
const REQUEST_JWT_SIGNATURE = 'cmVxdWVzdC1ib2R5LWp3dC1zaWduYXR1cmU';
const RESPONSE_JWT_SIGNATURE = 'cmVzcG9uc2UtYm9keS1qd3Qtc2lnbmF0dXJl';
const SECRETS = {
  HEADER_JWT_SIGNATURE,
  REQUEST_JWT_SIGNATURE,
  RESPONSE_JWT_SIGNATURE,
  REQUEST_PASSWORD: 'Tr0ub4dor&3-request',
  RESPONSE_PASSWORD: 'C0rrect-Horse-response',
  REQUEST_KEY_ID: 'AKIAIOSFODNN7REQBODY',
  REQUEST_SIGNATURE: `${'a'.repeat(8)}${'0123456789abcdef'.repeat(3)}${'b'.repeat(8)}`,
  RESPONSE_KEY_ID: 'ASIAIOSFODNN7RESPBDY',
  RESPONSE_SIGNATURE: `${'c'.repeat(8)}${'fedcba9876543210'.repeat(3)}${'d'.repeat(8)}`,
  API_KEY: 'k3yV4lue-0f-the-x-api-key-header-42',
  URL_TOKEN: 'Zq8uRlT0k3n-in-the-query-string',
};

const sigv4 = (keyId: string, signature: string) =>
  `AWS4-HMAC-SHA256 Credential=${keyId}/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`;

function plantedHar(): string {
  const requestBody = JSON.stringify({
    username: 'ana',
    password: SECRETS.REQUEST_PASSWORD,
    id_token: `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXF1ZXN0In0.${REQUEST_JWT_SIGNATURE}`,
    upstream: { authorization: sigv4(SECRETS.REQUEST_KEY_ID, SECRETS.REQUEST_SIGNATURE) },
  });
  const responseBody = JSON.stringify({
    message: `Authorization header requires 'Credential' parameter. Authorization=Bearer ${HEADER_JWT}`,
    echo: {
      password: SECRETS.RESPONSE_PASSWORD,
      token: `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXNwb25zZSJ9.${RESPONSE_JWT_SIGNATURE}`,
      signed: sigv4(SECRETS.RESPONSE_KEY_ID, SECRETS.RESPONSE_SIGNATURE),
    },
  });
  const url = `https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/login?access_token=${SECRETS.URL_TOKEN}`;
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'e2e', version: '1' },
      entries: [
        {
          startedDateTime: '2026-11-25T10:00:00.000Z',
          time: 20,
          request: {
            method: 'POST',
            url,
            httpVersion: 'HTTP/1.1',
            headers: [
              { name: 'Authorization', value: `Bearer ${HEADER_JWT}` },
              { name: 'x-api-key', value: SECRETS.API_KEY },
              { name: 'Content-Type', value: 'application/json' },
            ],
            queryString: [{ name: 'access_token', value: SECRETS.URL_TOKEN }],
            cookies: [],
            headersSize: -1,
            bodySize: requestBody.length,
            postData: { mimeType: 'application/json', text: requestBody },
          },
          response: {
            status: 403,
            statusText: 'Forbidden',
            httpVersion: 'HTTP/1.1',
            headers: [
              { name: 'Content-Type', value: 'application/json' },
              { name: 'x-amzn-ErrorType', value: 'IncompleteSignatureException' },
              { name: 'x-amzn-RequestId', value: '11111111-2222-3333-4444-555555555555' },
            ],
            cookies: [],
            content: { size: responseBody.length, mimeType: 'application/json', text: responseBody },
            redirectURL: '',
            headersSize: -1,
            bodySize: responseBody.length,
          },
          cache: {},
          timings: { send: 1, wait: 18, receive: 1 },
        },
      ],
    },
  });
}

/** Names of the planted secrets readable in the page: its text and every attribute a user can hover or hear. */
function leakedIn(page: Page): Promise<string[]> {
  return page.evaluate((secrets) => {
    const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => attribute.name !== 'data-url')
        .map((attribute) => attribute.value),
    );
    const shown = [document.body.textContent ?? '', ...attributes].join('\n');
    return Object.entries(secrets)
      .filter(([, secret]) => shown.includes(secret))
      .map(([name]) => name);
  }, SECRETS);
}

test('secrets planted in headers, query and both bodies are on no tab, in no evidence, curl line or tooltip', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(`${extension.origin}/src/analyzer/index.html`);
  await page.getByTestId('har-file-input').setInputFiles({
    name: 'planted.har',
    mimeType: 'application/json',
    buffer: Buffer.from(plantedHar()),
  });
  const card = page.getByTestId('cause-card');
  await expect(card).toBeVisible();
  // Everything the card can show: the other commands (the curl -v line with its --data-raw body is the last one).
  const showAll = card.getByRole('button', { name: /^Show all \d+ commands$/ });
  if (await showAll.count()) await showAll.click();
  const curl = card.locator('.command-block code', { hasText: /^curl -v/ });
  await expect(curl).toContainText('--data-raw');
  await expect(curl).toContainText('"username":"ana"');
  expect(await leakedIn(page), 'diagnosis tab').toEqual([]);

  for (const tab of ['Headers', 'Body', 'SigV4', 'JWT', 'Timing']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
    expect(await leakedIn(page), `${tab} tab`).toEqual([]);
  }

  // The one way to see a value: click it in the Headers tab.
  await page.getByRole('tab', { name: 'Headers', exact: true }).click();
  await page.getByRole('button', { name: /x-api-key/ }).click();
  expect(await leakedIn(page)).toEqual(['API_KEY']);
  await page.close();
});
