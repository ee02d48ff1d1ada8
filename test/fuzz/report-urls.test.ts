import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/cli/locales.ts';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/memory-io.ts';
import { classify } from '../../src/core/classify.ts';
import { emptyContext } from '../../src/core/context.ts';
import { curlCommand } from '../../src/core/curl.ts';
import { exchangeFromHarEntry } from '../../src/core/exchange.ts';
import { redactUrl } from '../../src/core/url-redaction.ts';
import { entry as buildEntry, har as buildHar } from '../../src/har/__fixtures__/har-builder.ts';
import { diagnosisMarkdown } from '../../src/panel/util/diagnosis-markdown.ts';

const HOST = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
/** Each planted secret is unique, so its absence anywhere in a report proves it was replaced. */
const SECRETS = {
  signature: 'a7f3c9e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENvalue0123456789',
  keyId: 'ASIAEXAMPLEKEYID0001',
  accessToken: 'ya29.accessTOKENexample0001',
  idToken: 'idTOKENexample0002',
  token: 'plainTOKENexample0003',
  apiKey: 'apiKEYexample0004',
  key: 'shortKEY0005',
  sig: 'sigVALUE0006',
  fragmentToken: 'fragmentTOKEN0007',
  password: 'hunter2PASSWORD0008',
};
const PRESIGNED = `${HOST}/prod/orders?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${SECRETS.keyId}%2F20261125%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20261125T090000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Security-Token=${SECRETS.sessionToken}&X-Amz-Signature=${SECRETS.signature}`;
const URLS = [
  PRESIGNED,
  `${HOST}/prod/orders?access_token=${SECRETS.accessToken}&id_token=${SECRETS.idToken}&page=2&token=${SECRETS.token}`,
  `${HOST}/prod/orders?api_key=${SECRETS.apiKey}&key=${SECRETS.key}&sig=${SECRETS.sig}`,
  `${HOST}/prod/callback#state=ok&access_token=${SECRETS.fragmentToken}`,
  `https://alice:${SECRETS.password}@a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/orders`,
];

function expectNoSecret(text: string): void {
  for (const [name, secret] of Object.entries(SECRETS)) expect(text, name).not.toContain(secret);
}

describe('redactUrl', () => {
  it('replaces signatures, tokens, keys and passwords, keeps what the diagnosis reads', () => {
    expect(redactUrl(PRESIGNED)).toBe(
      `${HOST}/prod/orders?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=<access-key-id>%2F20261125%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20261125T090000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Security-Token=<session-token>&X-Amz-Signature=<signature>`,
    );
    expect(redactUrl(URLS[1] as string)).toBe(
      `${HOST}/prod/orders?access_token=<access_token>&id_token=<id_token>&page=2&token=<token>`,
    );
    expect(redactUrl(URLS[3] as string)).toBe(`${HOST}/prod/callback#state=ok&access_token=<access_token>`);
    expect(redactUrl(URLS[4] as string)).toBe(
      'https://alice:<password>@a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/orders',
    );
    for (const url of URLS) expectNoSecret(redactUrl(url));
  });

  it('leaves an ordinary URL alone, and survives malformed ones', () => {
    const plain = `${HOST}/prod/orders/42?page=2&sort=asc#top`;
    expect(redactUrl(plain)).toBe(plain);
    for (const odd of ['', '?', '#', '?=&=', 'https://@/', 'not a url', '%E0%A4%A?key=%zz']) redactUrl(odd);
  });
});

describe('reports never print the secrets of a URL', () => {
  const entry = (url: string) =>
    buildEntry({
      url,
      responseHeaders: [
        { name: 'x-amzn-requestid', value: '7f2c7f87-8b39-4b4e-9a52-3c0d3f0e2d11' },
        { name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' },
      ],
      body: '{"message":"Missing Authentication Token"}',
    });
  const har = JSON.stringify(buildHar(URLS.map(entry)));

  it.each(['text', 'markdown', 'json'])('apigw403 analyze --format %s', async (format) => {
    const io = memoryIo({ 'in.har': har });
    expect(await main(['analyze', 'in.har', '--format', format, '--all'], io)).toBe(0);
    expect(io.out()).toContain('/prod/orders');
    expectNoSecret(io.out());
  });

  it("the panel's Copy diagnosis as Markdown and Copy as curl", () => {
    const t = translatorFor('en');
    for (const url of URLS) {
      const exchange = exchangeFromHarEntry(entry(url));
      const markdown = diagnosisMarkdown(exchange, classify(exchange, emptyContext()), t);
      expect(markdown).toContain('a1b2c3d4e5');
      expectNoSecret(markdown);
      expectNoSecret(curlCommand(exchange));
    }
  });
});
