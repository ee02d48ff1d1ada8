import { describe, expect, it } from 'vitest';
import { targetFromMenuClick, urlFromSelection } from './menu-target.ts';

const GATEWAY = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/items';

describe('urlFromSelection', () => {
  it.each([
    [GATEWAY, GATEWAY],
    [`  ${GATEWAY}\n`, GATEWAY],
    [`"${GATEWAY}"`, GATEWAY],
    [`<${GATEWAY}>`, GATEWAY],
    [`(${GATEWAY}).`, GATEWAY],
    [`see ${GATEWAY}, it fails`, GATEWAY],
    [`curl -v -H 'x-api-key: k' '${GATEWAY}?a=1'`, `${GATEWAY}?a=1`],
    ['a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/items', GATEWAY],
    ['api.demo-shop.test:8443/orders', 'https://api.demo-shop.test:8443/orders'],
    ['HTTP://API.DEMO-SHOP.TEST/x', 'http://api.demo-shop.test/x'],
  ])('finds the URL in %j', (selection, expected) => {
    expect(urlFromSelection(selection)?.href).toBe(expected);
  });

  it.each([[''], ['   '], ['Missing Authentication Token'], ['prod/items'], ['1.5'], ['two words.com here']])(
    'finds no URL in %j',
    (selection) => {
      expect(urlFromSelection(selection)).toBeUndefined();
    },
  );
});

describe('targetFromMenuClick', () => {
  it('prefers the link over the selection and drops the fragment', () => {
    expect(targetFromMenuClick({ linkUrl: `${GATEWAY}#top`, selectionText: 'https://other.test/' })).toEqual({
      ok: true,
      url: GATEWAY,
      origin: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    });
  });

  it('uses the selection when there is no link', () => {
    expect(targetFromMenuClick({ selectionText: 'api.demo-shop.test/orders' })).toEqual({
      ok: true,
      url: 'https://api.demo-shop.test/orders',
      origin: 'https://api.demo-shop.test',
    });
  });

  it.each([
    ['javascript:alert(1)'],
    ['mailto:ops@example.com'],
    ['file:///etc/passwd'],
    ['chrome://settings'],
  ])('refuses the %j link', (linkUrl) => {
    expect(targetFromMenuClick({ linkUrl })).toEqual({
      ok: false,
      reason: 'unsupported-scheme',
      input: linkUrl,
    });
  });

  it('says there is no URL when the selection is plain text', () => {
    expect(targetFromMenuClick({ selectionText: 'Forbidden' })).toEqual({
      ok: false,
      reason: 'no-url',
      input: 'Forbidden',
    });
  });
});
