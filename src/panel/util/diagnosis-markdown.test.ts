import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, type LocaleMessages, renderCause } from '../../core/index.ts';
import { diagnosisOf, exchangeOf } from '../../ui/test-support/records.ts';
import { diagnosisMarkdown } from './diagnosis-markdown.ts';

const t = createTranslator(english as LocaleMessages);

describe('diagnosisMarkdown', () => {
  it('names the request, the top cause with its evidence, fix and commands, then the other candidates', () => {
    const diagnosis = {
      ...diagnosisOf('r1', ['invalid-api-key', 'waf-blocked']),
      facts: { apiId: 'a1b2c3d4e5', region: 'us-east-1', stage: 'prod' },
    };
    const exchange = exchangeOf({ id: 'r1' });
    const markdown = diagnosisMarkdown(exchange, diagnosis, t);
    const top = renderCause(diagnosis.causes[0] as (typeof diagnosis.causes)[number], diagnosis.facts, t);
    const other = renderCause(diagnosis.causes[1] as (typeof diagnosis.causes)[number], diagnosis.facts, t);
    expect(markdown.startsWith(`## 403 GET ${exchange.url}\n`)).toBe(true);
    expect(markdown).toContain(`### ${top.title}`);
    expect(markdown).toContain('- `header` x-amzn-errortype: evidence for invalid-api-key');
    expect(markdown).toContain(`1. ${top.fixSteps[0]}`);
    for (const command of top.commands) expect(markdown).toContain(command);
    expect(markdown).toMatch(/```sh\n[\s\S]+\n```/);
    expect(markdown).toContain(`- ${other.title} (low)`);
  });

  it('says so when nothing was flagged', () => {
    expect(diagnosisMarkdown(exchangeOf(), diagnosisOf('r1', []), t)).toContain(
      t('ui_not_flagged_explained'),
    );
  });
});
