import { createHash } from 'node:crypto';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip.mjs';

/** Reads an archive back the way unzip does: end record → central directory → local headers. */
function readZip(zip: Buffer): Array<{ name: string; data: Buffer; crcMatches: boolean }> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let central = zip.readUInt32LE(end + 16);
  const files = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(central)).toBe(0x02014b50);
    const method = zip.readUInt16LE(central + 10);
    const crc = zip.readUInt32LE(central + 16);
    const storedSize = zip.readUInt32LE(central + 20);
    const nameLength = zip.readUInt16LE(central + 28);
    const localOffset = zip.readUInt32LE(central + 42);
    const name = zip.toString('utf8', central + 46, central + 46 + nameLength);
    expect(zip.readUInt32LE(localOffset)).toBe(0x04034b50);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const stored = zip.subarray(dataStart, dataStart + storedSize);
    const data = method === 8 ? inflateRawSync(stored) : Buffer.from(stored);
    files.push({ name, data, crcMatches: crc32(data) === crc });
    central += 46 + nameLength;
  }
  return files;
}

describe('zipFiles', () => {
  const compressible = Buffer.from('{"message":"Forbidden"}\n'.repeat(200));
  // Hash output looks random to deflate, so it cannot shrink.
  const incompressible = Buffer.concat(
    Array.from({ length: 10 }, (_, i) => createHash('sha256').update(String(i)).digest()),
  );
  const files = [
    { name: 'manifest.json', data: compressible },
    { name: 'assets/icons/ñ-16.png', data: incompressible },
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];

  it('round-trips names (UTF-8, nested) and bytes, with correct CRCs', () => {
    expect(readZip(zipFiles(files))).toEqual(files.map((f) => ({ ...f, crcMatches: true })));
  });

  it('deflates what compresses and stores what does not', () => {
    const zip = zipFiles(files);
    expect(zip.length).toBeLessThan(compressible.length);
    expect(zip.includes(incompressible)).toBe(true);
  });

  it('gives the same bytes for the same input (fixed timestamps)', () => {
    expect(zipFiles(files).equals(zipFiles(files))).toBe(true);
  });
});
