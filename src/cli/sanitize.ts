/**
 * Captured data (URLs, headers, bodies, anything inside a HAR) is untrusted: printed raw, an escape
 * sequence in a response body could recolour, retitle or rewrite the user's terminal. Every string
 * that came from a file goes through here before it reaches stdout or stderr.
 */

/** CSI, OSC and other escape sequences, whole. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this file's job
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
/**
 * C0 and C1 controls except tab and newline, DEL, bidirectional overrides and marks that reorder text,
 * and zero-width characters that hide inside a value (a key with one in it is a real cause of 403).
 */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this file's job
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Removes escape sequences and replaces other control characters with `?`. Keeps tabs and newlines. */
export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '?');
}

/** The same, on one line: newlines and tabs become spaces (for list items and error messages). */
export function oneLine(text: string): string {
  return stripControls(text).replace(/[\t\n]+/g, ' ');
}

/**
 * JSON text with every control, bidi or zero-width character written as a `\uXXXX` escape: the data stays exact
 * for a program that parses it, and a terminal that shows it sees only ASCII escapes. (JSON.stringify escapes C0
 * controls but leaves C1, bidi overrides and zero-width characters raw.)
 */
export function inertJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    CONTROL,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
