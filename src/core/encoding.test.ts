import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64.ts';
import { sha256Hex } from './sha256.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

describe('decodeBase64', () => {
  it('matches Node for standard and URL-safe alphabets, with or without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        expect(decodeBase64(buffer.toString('base64'))).toEqual(new Uint8Array(buffer));
        expect(decodeBase64(buffer.toString('base64url'))).toEqual(new Uint8Array(buffer));
      }),
    );
  });

  it('rejects text that is not base64', () => {
    expect(decodeBase64('not base64!')).toBeUndefined();
    expect(decodeBase64('abcde')).toBeUndefined();
  });
});

describe('UTF-8', () => {
  it('round-trips any string the same way Node does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = encodeUtf8(text);
        expect(Buffer.from(bytes).toString('utf8')).toBe(text);
        expect(decodeUtf8(bytes).text).toBe(text);
      }),
    );
  });

  it('flags binary bytes as not textual', () => {
    expect(
      decodeUtf8(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
        .looksTextual,
    ).toBe(false);
    expect(decodeUtf8(encodeUtf8('{"message":"Forbidden"}')).looksTextual).toBe(true);
  });
});

describe('sha256Hex', () => {
  it('matches node:crypto', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
