import { describe, expect, it } from 'vitest';
import { isPanelMessage, isWorkerMessage } from './guards.ts';
import { PROTOCOL_SOURCE, panelPortName, tabIdFromPortName } from './protocol.ts';

/** Untyped on purpose: the guards exist for messages whose type nobody checked. */
const envelope = (id: string, type: string, payload: unknown) => ({
  source: PROTOCOL_SOURCE,
  id,
  type,
  payload,
});

const exchange = {
  id: 'r1',
  method: 'GET',
  url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/pets',
  scheme: 'https',
  host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
  path: '/prod/pets',
  query: [],
  requestHeaders: [],
  status: 403,
  responseHeaders: [{ name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' }],
  body: { kind: 'json', json: { message: 'Missing Authentication Token' } },
  isPreflight: false,
};

const diagnosis = {
  exchangeId: 'r1',
  flagged: true,
  origin: 'api-gateway',
  causes: [{ id: 'missing-authentication-token', confidence: 'high', score: 10, evidence: [] }],
  facts: {},
};

const facts = { api: 'api:a1b2c3d4e5', worked: true, call: 'GET /prod/x', signed: false, apiKeySent: false };

describe('isPanelMessage', () => {
  it('accepts well-formed classify and reset messages', () => {
    expect(
      isPanelMessage(envelope('classify:r1', 'classify', { requestId: 'r1', exchange, force: false })),
    ).toBe(true);
    expect(isPanelMessage(envelope('reset', 'reset', { reason: 'navigated' }))).toBe(true);
    expect(
      isPanelMessage(envelope('learn:r1:2', 'learn', { facts: [facts, { ...facts, stage: 'prod' }] })),
    ).toBe(true);
  });

  it.each([
    ['a foreign source', { ...envelope('x', 'reset', { reason: 'navigated' }), source: 'someone-else' }],
    ['no id', { source: 'apigw403', type: 'reset', payload: { reason: 'navigated' } }],
    ['an unknown type', envelope('x', 'explode', {})],
    ['a classify without exchange', envelope('x', 'classify', { requestId: 'r1', force: false })],
    [
      'a classify with a string status',
      envelope('x', 'classify', { requestId: 'r1', force: false, exchange: { ...exchange, status: '403' } }),
    ],
    ['a classify without force', envelope('x', 'classify', { requestId: 'r1', exchange })],
    ['a reset with an unknown reason', envelope('x', 'reset', { reason: 'because' })],
    ['a learn without a list', envelope('x', 'learn', { facts })],
    ['a learn with broken facts', envelope('x', 'learn', { facts: [facts, { ...facts, worked: 'yes' }] })],
    ['a learn of whole exchanges', envelope('x', 'learn', { exchanges: [exchange] })],
    ['a worker message', envelope('x', 'diagnosis', { requestId: 'r1', diagnosis })],
    ['null', null],
    ['a string', 'classify'],
  ])('rejects %s', (_label, message) => {
    expect(isPanelMessage(message)).toBe(false);
  });
});

describe('isWorkerMessage', () => {
  it('accepts diagnosis, failed and resetDone replies', () => {
    expect(isWorkerMessage(envelope('classify:r1', 'diagnosis', { requestId: 'r1', diagnosis }))).toBe(true);
    expect(isWorkerMessage(envelope('classify:r1', 'failed', { requestId: 'r1', message: 'boom' }))).toBe(
      true,
    );
    expect(isWorkerMessage(envelope('reset', 'resetDone', { reason: 'cleared' }))).toBe(true);
  });

  it.each([
    [
      'a diagnosis without causes',
      envelope('x', 'diagnosis', { requestId: 'r1', diagnosis: { ...diagnosis, causes: undefined } }),
    ],
    [
      'a cause without evidence',
      envelope('x', 'diagnosis', { requestId: 'r1', diagnosis: { ...diagnosis, causes: [{ id: 'x' }] } }),
    ],
    ['a failed reply without message', envelope('x', 'failed', { requestId: 'r1' })],
    ['a panel message', envelope('x', 'reset', { reason: 'navigated' })],
  ])('rejects %s', (_label, message) => {
    expect(isWorkerMessage(message)).toBe(false);
  });
});

describe('port names', () => {
  it('round-trips the tab id', () => {
    expect(tabIdFromPortName(panelPortName(42))).toBe(42);
  });

  it.each(['analyzer', 'panel:', 'panel:abc', 'panel:-1', 'panel:1.5'])('rejects %s', (name) => {
    expect(tabIdFromPortName(name)).toBeUndefined();
  });
});
