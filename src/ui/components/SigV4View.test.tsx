// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, type Exchange, type LocaleMessages } from '../../core/index.ts';
import { exchangeOf } from '../test-support/records.ts';
import { SigV4View } from './SigV4View.tsx';
import { TranslateProvider } from './TranslateContext.tsx';

const t = createTranslator(english as LocaleMessages);
const HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SIGNED = 'host;x-amz-date;x-amz-security-token';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKEN';
/** The canonical request of `signedExchange()`, as AWS would build it from the captured request. */
const CAPTURED_CANONICAL = [
  'GET',
  '/prod/orders',
  'a=1',
  `host:${HOST}`,
  'x-amz-date:20261124T100000Z',
  `x-amz-security-token:${TOKEN}`,
  '',
  SIGNED,
  EMPTY_SHA256,
];

/** AWS's InvalidSignatureException message quoting the canonical request it computed. */
function mismatchMessage(canonicalLines: string[]): string {
  return [
    'The request signature we calculated does not match the signature you provided.',
    'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    '',
    `The Canonical String for this request should have been\n'${canonicalLines.join('\n')}'`,
    '',
    "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261124T100000Z\n20261124/us-east-1/execute-api/aws4_request\nabc'",
  ].join('\n');
}

function signedExchange(message?: string): Exchange {
  return exchangeOf({
    url: `https://${HOST}/prod/orders?a=1`,
    requestHeaders: [
      {
        name: 'authorization',
        value: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261124/eu-west-1/execute-api/aws4_request, SignedHeaders=${SIGNED}, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7`,
      },
      { name: 'x-amz-date', value: '20261124T100000Z' },
      { name: 'x-amz-security-token', value: TOKEN },
    ],
    responseHeaders: [
      { name: 'date', value: 'Tue, 24 Nov 2026 10:07:00 GMT' },
      { name: 'x-amzn-errortype', value: 'InvalidSignatureException' },
    ],
    body: message
      ? { kind: 'json', text: JSON.stringify({ message }), json: { message } }
      : { kind: 'absent' },
  });
}

function show(exchange: Exchange) {
  return render(
    <TranslateProvider value={t}>
      <SigV4View exchange={exchange} region="us-east-1" evidence={[]} />
    </TranslateProvider>,
  );
}

function factRow(name: string): string {
  return screen.getByRole('rowheader', { name }).nextElementSibling?.textContent ?? '';
}

afterEach(cleanup);

describe('SigV4View', () => {
  it('shows the credential scope next to the host region, the signed headers and the clock skew', () => {
    show(signedExchange());
    expect(factRow('Credential scope')).toBe('20261124/eu-west-1/execute-api/aws4_request');
    expect(factRow('Region of the host')).toBe('us-east-1');
    expect(factRow('Signed headers')).toBe(SIGNED);
    expect(factRow('Clock skew')).toBe('-420 s (client minus server)');
    expect(screen.getByText("credential scope region differs from the host's region")).toBeTruthy();
    expect(screen.queryByTestId('canonical-diff')).toBeNull();
  });

  it("lays AWS's canonical request next to the rebuilt one, line by line, marking the first difference", () => {
    const expected = CAPTURED_CANONICAL.map(
      (line, index) => ({ 1: '/prod/orders/', 2: 'a=<b>1</b>' })[index] ?? line,
    );
    const { container } = show(signedExchange(mismatchMessage(expected)));
    const diff = screen.getByTestId('canonical-diff');
    expect(diff.querySelector('h3')?.textContent).toBe(
      "First difference with AWS's canonical request: line 2 (path)",
    );
    const [awsLines, rebuiltLines] = [...diff.querySelectorAll('ol.canonical-lines')].map((list) =>
      [...list.querySelectorAll('li')].map((item) => item.textContent),
    );
    const masked = (lines: string[]) => lines.map((line) => line.replace(TOKEN, '<redacted>'));
    expect(awsLines).toEqual(masked(expected));
    expect(rebuiltLines).toEqual(masked(CAPTURED_CANONICAL));
    expect([...diff.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      '/prod/orders/',
      '/prod/orders',
    ]);
    // Captured text is text: the markup AWS echoed back is not turned into elements.
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).not.toContain(TOKEN);
  });

  it('says when the canonical request AWS sent matches the captured one', () => {
    show(signedExchange(mismatchMessage(CAPTURED_CANONICAL)));
    const diff = screen.getByTestId('canonical-diff');
    expect(diff.querySelector('h3')?.textContent).toContain(
      "AWS's canonical request matches the captured request",
    );
    expect(diff.querySelectorAll('mark')).toHaveLength(0);
  });

  it('says so for an unsigned request', () => {
    show(exchangeOf());
    expect(screen.getByText('This request is not SigV4-signed.')).toBeTruthy();
  });
});
