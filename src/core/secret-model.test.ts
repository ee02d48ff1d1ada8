import { describe, expect, it } from 'vitest';
import { nameVerdict, subprotocolSecret, webhookPathSecret } from './secret-model.ts';

describe('the secret model', () => {
  it('reads AccountKey as a credential and a count as a fact', () => {
    expect(nameVerdict('AccountKey')).toBe('secret');
    expect(nameVerdict('account_key')).toBe('secret');
    expect(nameVerdict('retryCount')).toBe('no');
    expect(nameVerdict('count')).toBe('no');
  });

  it('takes the last path segment of a webhook URL, and only of one', () => {
    expect(webhookPathSecret('hooks.slack.com', '/services/T0AB12/B0CD34/Xy7Qz9Lm2Np4')).toBe('Xy7Qz9Lm2Np4');
    expect(webhookPathSecret('discord.com', '/api/webhooks/123/abcDEF123456ghi')).toBe('abcDEF123456ghi');
    expect(webhookPathSecret('hooks.slack.com', '/help')).toBeUndefined();
    expect(webhookPathSecret('a1b2c3.execute-api.us-east-1.amazonaws.com', '/services/a/b/c0ffee1234')).toBe(
      undefined,
    );
  });

  it('finds a token among WebSocket subprotocols and leaves protocol names alone', () => {
    expect(
      subprotocolSecret('base64url.bearer.authorization.k8s.io.ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklp'),
    ).toBe('ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklp');
    expect(subprotocolSecret('Qk9v3Lx8Rt2Ws5Yz1Ab4Cd')).toBe('Qk9v3Lx8Rt2Ws5Yz1Ab4Cd');
    for (const name of ['graphql-transport-ws', 'v12.stomp', 'base64.channel.k8s.io', 'access_token', 'mqtt'])
      expect(subprotocolSecret(name)).toBeUndefined();
  });
});
