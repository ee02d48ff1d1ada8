/** What docs/causes.md is rendered from, read from this checkout (Node only: the renderer stays pure). */
import { readFileSync } from 'node:fs';
import { CAUSE_EXAMPLES } from '../src/core/causes/examples.ts';
import { CAUSE_IDS } from '../src/core/causes/index.ts';
import type { LocaleMessages } from '../src/core/i18n.ts';
import type { CauseId } from '../src/core/types.ts';
import { renderCausesDoc } from './causes-doc.ts';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

export function renderCausesDocFromRepo(): string {
  const unitSources = Object.fromEntries(
    CAUSE_IDS.map((id) => [id, read(`src/core/causes/${id}.ts`)]),
  ) as Record<CauseId, string>;
  return renderCausesDoc({
    messages: JSON.parse(read('public/_locales/en/messages.json')) as LocaleMessages,
    examples: CAUSE_EXAMPLES,
    unitSources,
  });
}
