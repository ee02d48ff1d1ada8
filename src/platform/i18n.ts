import type { Translate } from '../core/index.ts';
import { browser } from './browser.ts';

/** chrome.i18n.getMessage, falling back to the key itself so a missing string is visible, never blank. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
