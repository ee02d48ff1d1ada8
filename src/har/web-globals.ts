/**
 * har/ compiles without DOM or Node types, yet every runtime it ships to (service worker,
 * extension page, Node ≥ 20) has the WHATWG TextDecoder/TextEncoder and atob/btoa. These are the
 * few members we use, declared here rather than pulling a whole platform's types into pure code.
 */
interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

interface Utf8Encoder {
  encode(input: string): Uint8Array;
}

declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => Utf8Decoder;
declare const TextEncoder: new () => Utf8Encoder;
declare function atob(data: string): string;
declare function btoa(data: string): string;

/** A decoder for a byte stream split into chunks anywhere, even inside a multi-byte character. */
export function createUtf8StreamDecoder(): Utf8Decoder {
  return new TextDecoder('utf-8');
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Base64 → text, or undefined when it is not base64. */
export function decodeBase64Text(base64: string): string | undefined {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ''));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Base64 → text only when the bytes are UTF-8 text (no control characters but tab and line breaks):
 * an image is not read as a string of replacement characters.
 */
export function decodeBase64Utf8(base64: string): string | undefined {
  let clean = base64.replace(/[\r\n]+/g, '');
  if (clean.includes('-') || clean.includes('_')) clean = clean.replaceAll('-', '+').replaceAll('_', '/');
  const unpadded = clean.endsWith('=') ? clean : clean.padEnd(Math.ceil(clean.length / 4) * 4, '=');
  let binary: string;
  try {
    binary = atob(unpadded);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) {
    const byte = binary.charCodeAt(i);
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13) return undefined;
    bytes[i] = byte;
  }
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

export function encodeBase64Text(text: string): string {
  return encodeBase64Bytes(encodeUtf8(text));
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function encodeBase64Bytes(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...bytes) overflows the argument limit on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
