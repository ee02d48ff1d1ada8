import type { Translate } from '../core/index.ts';
import { browser } from './browser.ts';

/**
 * chrome.i18n.getMessage as is: '' for an unknown key. Core relies on that to find where numbered lists
 * (fix steps, confirm steps) end, so no fallback to the key here.
 */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
