import { createContext, useContext } from 'react';
import type { Translate } from '../../core/index.ts';

const TranslateContext = createContext<Translate>((key) => key);

export const TranslateProvider = TranslateContext.Provider;

/** The panel's `t()`: chrome.i18n in the extension, a createTranslator over messages.json in tests. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
