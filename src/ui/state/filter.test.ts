import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import spanish from '../../../public/_locales/es/messages.json' with { type: 'json' };
import { createTranslator, type LocaleMessages, type Translate } from '../../core/index.ts';
import { diagnosisOf, recordOf } from '../test-support/records.ts';
import { matchesFilter, parseFilter } from './filter.ts';
import type { RequestRecord } from './types.ts';

const en = createTranslator(english as LocaleMessages);
const es = createTranslator(spanish as LocaleMessages);

function diagnosed(
  id: string,
  causes: string[],
  exchange: Parameters<typeof recordOf>[1] = {},
): RequestRecord {
  return { ...recordOf(id, exchange), state: 'diagnosed', diagnosis: diagnosisOf(id, causes), seen: false };
}

const unsigned = diagnosed('unsigned', ['missing-authentication-token'], {
  responseHeaders: [{ name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' }],
});
const apiKey = diagnosed('key', ['invalid-api-key'], {
  status: 401,
  method: 'POST',
  url: 'https://shop.example.com/v1/orders?page=2',
});
const blocked = diagnosed('blocked', [], { status: 0, url: 'https://b.example.org/items' });
const all = [unsigned, apiKey, blocked];

function ids(text: string, t: Translate = en): string[] {
  const terms = parseFilter(text);
  return all.filter((record) => matchesFilter(record, terms, t)).map((record) => record.id);
}

describe('panel filter', () => {
  it('keeps every row for an empty or blank filter', () => {
    expect(ids('')).toEqual(['unsigned', 'key', 'blocked']);
    expect(ids('   ')).toEqual(['unsigned', 'key', 'blocked']);
  });

  it('finds a row by the words of the cause title it shows, not by the hidden cause id', () => {
    expect(ids('unsigned')).toEqual(['unsigned']);
    expect(ids('missing-authentication-token')).toEqual([]);
  });

  it('searches the Spanish text when the panel is in Spanish', () => {
    expect(ids('firmada', es)).toEqual(['unsigned']);
    expect(ids('clave de api', es)).toEqual(['key']);
    expect(ids('unsigned', es)).toEqual([]);
  });

  it('searches the status as shown, method, path, host, error type, confidence and the full URL', () => {
    expect(ids('(blocked)')).toEqual(['blocked']);
    expect(ids('post')).toEqual(['key']);
    expect(ids('orders shop.example')).toEqual(['key']);
    expect(ids('MissingAuthenticationTokenException')).toEqual(['unsigned']);
    expect(ids('page=2')).toEqual(['key']);
    expect(ids('high')).toEqual(['unsigned', 'key']);
  });

  it('status: matches the status code exactly, x standing for any digit', () => {
    expect(ids('status:403')).toEqual(['unsigned']);
    expect(ids('status:4xx')).toEqual(['unsigned', 'key']);
    expect(ids('status:40')).toEqual([]);
    expect(ids('status:0')).toEqual(['blocked']);
  });

  it('cause: matches the top cause id, host: the host with * as a wildcard', () => {
    expect(ids('cause:invalid-api-key')).toEqual(['key']);
    expect(ids('cause:api-key')).toEqual(['key']);
    expect(ids('host:*.example.*')).toEqual(['key', 'blocked']);
    expect(ids('host:execute-api')).toEqual(['unsigned']);
  });

  it('a leading - excludes, for words and tokens alike', () => {
    expect(ids('-unsigned')).toEqual(['key', 'blocked']);
    expect(ids('-status:403 -host:b.example.org')).toEqual(['key']);
  });

  it('/regex/ matches the shown text, case-insensitively; an invalid one is searched as typed', () => {
    expect(ids('/^post$/')).toEqual(['key']);
    expect(ids('/orders|items/')).toEqual(['key', 'blocked']);
    expect(ids('-/orders|items/')).toEqual(['unsigned']);
    expect(ids('/[/')).toEqual([]);
  });

  it('takes a URL with a colon as text, and ignores a token still being typed', () => {
    expect(ids('https://shop.example.com')).toEqual(['key']);
    expect(ids('status:')).toEqual(['unsigned', 'key', 'blocked']);
  });
});
