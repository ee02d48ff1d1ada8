/**
 * The CLI speaks from the same `_locales` files as the extension. They are imported, so the build
 * inlines them into `dist-cli/apigw403.mjs`: the bundle needs no files beside it, wherever npx puts it.
 */

import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { createTranslator, type LocaleMessages, type Translate } from '../core/index.ts';
import type { Language } from './args.ts';

const MESSAGES: Record<Language, LocaleMessages> = { en, es };

export function translatorFor(lang: Language): Translate {
  const primary = createTranslator(MESSAGES[lang]);
  const fallback = createTranslator(MESSAGES.en);
  return (key, substitutions) => primary(key, substitutions) || fallback(key, substitutions);
}
