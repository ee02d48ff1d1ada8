import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.ts';
import { contextFrom } from '../context.ts';
import { evidenceText } from '../evidence-fact.ts';
import { exchangeFromHarEntry } from '../exchange.ts';
import { createTranslator, type LocaleMessages } from '../i18n.ts';
import type { CauseId } from '../types.ts';
import type { CauseExample } from './example-wire.ts';
import { CAUSE_EXAMPLES } from './examples.ts';
import { CAUSE_IDS } from './index.ts';

function diagnose(example: CauseExample) {
  const exchange = exchangeFromHarEntry(example.entry, { index: 0 });
  const session = (example.session ?? []).map((entry, index) =>
    exchangeFromHarEntry(entry, { index: index + 1 }),
  );
  return classify(exchange, contextFrom([...session, exchange]));
}

const everyExample = Object.entries(CAUSE_EXAMPLES).flatMap(([owner, examples]) =>
  examples.map((example) => [owner as CauseId, example.name, example] as const),
);

describe('cause examples', () => {
  it('every cause id has its examples file, and only cause ids have one', () => {
    expect(Object.keys(CAUSE_EXAMPLES).sort()).toEqual([...CAUSE_IDS].sort());
  });

  it.each(Object.entries(CAUSE_EXAMPLES))('%s keeps at least one example', (_id, examples) => {
    expect(examples.length).toBeGreaterThan(0);
  });
});

describe.each(everyExample)('%s: %s', (owner, _name, example) => {
  it('ranks its own cause first, or right below the look-alikes it lists', () => {
    const diagnosis = diagnose(example);
    expect(diagnosis.flagged).toBe(true);
    const ranked = diagnosis.causes.map((cause) => cause.id);
    expect(ranked).toContain(owner);
    const above = ranked.slice(0, ranked.indexOf(owner));
    expect(above.filter((id) => !(example.also ?? []).includes(id))).toEqual([]);
  });

  it('lists only real look-alikes (not itself)', () => {
    expect(example.also ?? []).not.toContain(owner);
  });
});

describe('evidence never carries a credential', () => {
  it.each(everyExample)('%s: %s', (_owner, _name, example) => {
    const diagnosis = diagnose(example);
    const shown = JSON.stringify({
      causes: diagnosis.causes,
      message: diagnosis.facts.message,
      curl: diagnosis.facts.curl,
    });
    // The example JWTs share this fake signature; the example API key starts with this prefix.
    expect(shown).not.toContain('c2lnbmF0dXJl');
    expect(shown).not.toContain('k3yV4lu3');
    expect(shown).not.toContain('IQoJb3JpZ2lu');
  });
});

describe('evidence is worded in both locales', () => {
  const load = (lang: string): LocaleMessages =>
    JSON.parse(
      readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
    );
  const en = load('en');
  const es = load('es');
  const spanish = createTranslator(es);

  it.each(everyExample)('%s: %s', (_owner, _name, example) => {
    for (const cause of diagnose(example).causes) {
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
  });
});
