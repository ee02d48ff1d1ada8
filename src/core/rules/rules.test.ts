import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.ts';
import { contextFrom } from '../context.ts';
import { evidenceText } from '../evidence-fact.ts';
import { exchangeFromHarEntry } from '../exchange.ts';
import { exchangeFacts } from '../exchange-facts.ts';
import { createTranslator, type LocaleMessages } from '../i18n.ts';
import { CAUSE_IDS } from '../types.ts';
import { RULES } from './index.ts';
import type { RuleExample } from './rule.ts';

function prepared(example: RuleExample) {
  const exchange = exchangeFromHarEntry(example.entry, { index: 0 });
  const session = (example.session ?? []).map((entry, index) =>
    exchangeFromHarEntry(entry, { index: index + 1 }),
  );
  return { exchange, context: contextFrom([...session, exchange]) };
}

const everyExample = RULES.flatMap((rule) => rule.examples.map((example) => ({ owner: rule.id, example })));

describe('rule catalogue conventions', () => {
  it('has exactly one rule per cause id', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...CAUSE_IDS].sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s keeps at least one example', (_id, rule) => {
    expect(rule.examples.length).toBeGreaterThan(0);
  });
});

describe.each(everyExample.map(({ owner, example }) => [owner, example.name, example] as const))(
  '%s: %s',
  (owner, _name, example) => {
    it('ranks its own cause first', () => {
      const { exchange, context } = prepared(example);
      const diagnosis = classify(exchange, context);
      expect(diagnosis.flagged).toBe(true);
      expect(diagnosis.causes[0]?.id).toBe(owner);
    });

    it('is claimed by no other rule unless listed as a look-alike', () => {
      const { exchange, context } = prepared(example);
      const analysis = exchangeFacts(exchange, context);
      const claimedBy = RULES.filter((rule) => rule.id !== owner && rule.match(analysis) !== undefined).map(
        (r) => r.id,
      );
      const unexpected = claimedBy.filter((id) => !(example.also ?? []).includes(id));
      expect(unexpected).toEqual([]);
    });
  },
);

describe('evidence never carries a credential', () => {
  it.each(everyExample.map(({ owner, example }) => [owner, example.name, example] as const))(
    '%s: %s',
    (_owner, _name, example) => {
      const { exchange, context } = prepared(example);
      const diagnosis = classify(exchange, context);
      const shown = JSON.stringify({
        causes: diagnosis.causes,
        message: diagnosis.facts.message,
        curl: diagnosis.facts.curl,
      });
      // The example JWTs share this fake signature; the example API key starts with this prefix.
      expect(shown).not.toContain('c2lnbmF0dXJl');
      expect(shown).not.toContain('k3yV4lu3');
      expect(shown).not.toContain('IQoJb3JpZ2lu');
    },
  );
});

describe('evidence is worded in both locales', () => {
  const load = (lang: string): LocaleMessages =>
    JSON.parse(
      readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
    );
  const en = load('en');
  const es = load('es');
  const spanish = createTranslator(es);

  it.each(everyExample.map(({ owner, example }) => [owner, example.name, example] as const))(
    '%s: %s',
    (_owner, _name, example) => {
      const { exchange, context } = prepared(example);
      for (const cause of classify(exchange, context).causes) {
        for (const item of cause.evidence) {
          if (!item.key) continue;
          expect(en[item.key], item.key).toBeDefined();
          expect(es[item.key], item.key).toBeDefined();
          expect(item.detail).not.toBe(item.key);
          const text = evidenceText(item, spanish);
          expect(text).not.toMatch(/\$\d/);
          for (const value of item.substitutions ?? []) expect(text).toContain(value);
        }
      }
    },
  );
});
