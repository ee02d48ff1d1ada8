export interface DecodedText {
  text: string;
  /** False when the bytes were not valid UTF-8 (invalid sequences became U+FFFD) or held control bytes. */
  looksTextual: boolean;
}

const REPLACEMENT = 0xfffd;

/** Decodes UTF-8 by hand: core cannot rely on TextDecoder (not part of the ES library). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const codePoints: number[] = [];
  let invalid = 0;
  let control = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (length === 0 || i + length > bytes.length) {
      codePoints.push(REPLACEMENT);
      invalid++;
      i++;
      continue;
    }
    let codePoint = length === 1 ? lead : lead & (0xff >> (length + 1));
    let ok = true;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) ok = false;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (!ok || codePoint > 0x10ffff) {
      codePoints.push(REPLACEMENT);
      invalid++;
      i++;
      continue;
    }
    if (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) control++;
    codePoints.push(codePoint);
    i += length;
  }
  let text = '';
  for (let start = 0; start < codePoints.length; start += 8192) {
    text += String.fromCodePoint(...codePoints.slice(start, start + 8192));
  }
  return { text, looksTextual: invalid + control <= Math.max(2, codePoints.length / 100) };
}

/** Encodes a string as UTF-8 bytes (TextEncoder is not part of the ES library either). */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
    }
  }
  return Uint8Array.from(bytes);
}
