const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE: Record<string, string> = { '-': '+', _: '/' };

const SEXTET = new Map<string, number>([...ALPHABET].map((char, index) => [char, index]));

/**
 * Decodes standard or URL-safe base64 (padding optional, whitespace ignored).
 * Written by hand because core runs where neither `atob` nor `Buffer` is guaranteed.
 * Returns undefined when the text is not base64.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const char of clean) {
    const value = SEXTET.get(URL_SAFE[char] ?? char);
    if (value === undefined) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, written);
}
