import { describe, expect, it } from 'vitest';
import * as core from './index.ts';

describe('public API of core', () => {
  it.each([
    'exchangeFromHarEntry',
    'isCandidate',
    'relevanceOf',
    'unflaggedDiagnosis',
    'emptyContext',
    'addToContext',
    'contextFrom',
    'classify',
    'renderCause',
    'createTranslator',
    'curlCommand',
    'toReportEntry',
    'evidenceText',
    'maskSecrets',
    'parseSigV4',
    'authorizationShape',
    'decodeJwt',
    'gatewayEndpoint',
    'whoAnswered',
    'headerValue',
    'blockedByPreflight',
    'sigv4Details',
  ])('exports %s', (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the catalogue and the cause ids', () => {
    expect(Object.keys(core.CATALOGUE).sort()).toEqual([...core.CAUSE_IDS].sort());
  });
});
