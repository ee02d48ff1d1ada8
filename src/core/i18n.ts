import type { Translate } from './types.ts';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

const TOKEN = /\$(\$|[1-9]|[A-Za-z0-9_@]+\$)/g;

function substitute(
  text: string,
  substitutions: string[],
  placeholders: LocaleMessage['placeholders'],
): string {
  return text.replace(TOKEN, (whole, token: string) => {
    if (token === '$') return '$';
    if (/^[1-9]$/.test(token)) return substitutions[Number(token) - 1] ?? '';
    const name = token.slice(0, -1).toLowerCase();
    const placeholder = Object.entries(placeholders ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
    // Placeholder content may itself use $1..$9 (and `$$`), never other placeholders.
    return placeholder ? substitute(placeholder.content, substitutions, undefined) : whole;
  });
}

/**
 * A Translate over a parsed `_locales/<lang>/messages.json`, with the semantics of Chrome's i18n getMessage:
 * named `$placeholder$`s (case-insensitive) whose content holds `$1`..`$9`, bare `$1`..`$9`,
 * `$$` for a literal dollar, and '' for an unknown key.
 */
export function createTranslator(messages: LocaleMessages): Translate {
  return (key, substitutions = []) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!entry || typeof entry.message !== 'string') return '';
    return substitute(entry.message, substitutions, entry.placeholders);
  };
}
