import { describe, expect, it } from 'vitest';
import { createTranslator } from './i18n.ts';

const t = createTranslator({
  plain: { message: 'Hello' },
  positional: { message: 'Stage $1 of API $2' },
  named: {
    message: 'Stage $STAGE$ in $region$ costs $$5',
    placeholders: { stage: { content: '$1' }, region: { content: '$2', example: 'us-east-1' } },
  },
  literal: { message: 'Unknown $nope$ stays, $$context.error stays single' },
});

describe('createTranslator (chrome.i18n semantics)', () => {
  it('returns the message, or an empty string for an unknown key', () => {
    expect(t('plain')).toBe('Hello');
    expect(t('missing')).toBe('');
    expect(t('toString')).toBe('');
  });

  it('substitutes $1..$9 directly and through named placeholders (case-insensitive)', () => {
    expect(t('positional', ['prod', 'a1b2'])).toBe('Stage prod of API a1b2');
    expect(t('named', ['dev', 'eu-west-1'])).toBe('Stage dev in eu-west-1 costs $5');
  });

  it('turns $$ into $ and leaves undeclared placeholders alone; missing substitutions become empty', () => {
    expect(t('literal')).toBe('Unknown $nope$ stays, $context.error stays single');
    expect(t('positional')).toBe('Stage  of API ');
  });
});
