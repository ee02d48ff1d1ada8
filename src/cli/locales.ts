/**
 * The CLI speaks from the same `_locales` files as the extension. They are imported as text, so the
 * build inlines them into `dist-cli/apigw403.mjs` (the bundle needs no files beside it, wherever npx
 * puts it) as string literals, parsed as JSON only for the language a run speaks (as object literals
 * V8 compiled both on every start, a large part of a small run's time). The build keeps only what a
 * translator reads (vite.cli.config.ts): a third of the bundle instead of half.
 */

import en from '../../public/_locales/en/messages.json?raw';
import es from '../../public/_locales/es/messages.json?raw';
import { createTranslator, type LocaleMessages, type Translate } from '../core/index.ts';
import type { Language } from './args.ts';

const MESSAGES: Record<Language, string> = { en, es };

function messages(lang: Language): LocaleMessages {
  return JSON.parse(MESSAGES[lang]) as LocaleMessages;
}

export function translatorFor(lang: Language): Translate {
  const primary = createTranslator(messages(lang));
  if (lang === 'en') return primary;
  const fallback = createTranslator(messages('en'));
  return (key, substitutions) => primary(key, substitutions) || fallback(key, substitutions);
}
