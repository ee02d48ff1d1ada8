/**
 * Response bodies of a requested size, built from pools drawn once from the seeded generator so
 * that a 600 MB file costs string slicing, not millions of random draws.
 */

const PRODUCT_WORDS = [
  'kettle',
  'lamp',
  'chair',
  'desk',
  'mug',
  'rug',
  'shelf',
  'clock',
  'vase',
  'sofa',
  'bench',
];
const COLOURS = ['red', 'teal', 'ochre', 'slate', 'ivory', 'black', 'sage', 'plum'];

function jsonRecord(rng, id) {
  const name = `${rng.pick(COLOURS)} ${rng.pick(PRODUCT_WORDS)}`;
  return JSON.stringify({
    id,
    sku: `SKU-${rng.alnum(8)}`,
    name,
    price: Math.round(rng.next() * 50000) / 100,
    stock: rng.int(400),
    tags: [rng.pick(COLOURS), rng.pick(PRODUCT_WORDS)],
    updatedAt: new Date(Date.UTC(2026, 10, 1) + rng.int(2_000_000_000)).toISOString(),
  });
}

function htmlLine(rng, i) {
  const word = rng.pick(PRODUCT_WORDS);
  return `<li class="card card--${rng.pick(COLOURS)}" data-id="${i}"><a href="/p/${word}-${i}">${word} &amp; more</a><span class="price">${rng.int(900)}.99</span></li>`;
}

function scriptLine(rng, i) {
  return `function f${i}(a,b){return a.${rng.pick(PRODUCT_WORDS)}+b*${rng.int(1000)}||"${rng.pick(COLOURS)}"}`;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function createBodyText(rng) {
  const records = Array.from({ length: 2000 }, (_, i) => jsonRecord(rng, i + 1));
  const htmlLines = Array.from({ length: 1000 }, (_, i) => htmlLine(rng, i));
  const scriptLines = Array.from({ length: 1000 }, (_, i) => scriptLine(rng, i));
  let base64Pool = '';
  for (let i = 0; i < 1 << 20; i++) base64Pool += BASE64_ALPHABET[rng.int(64)];
  base64Pool += base64Pool;

  const fill = (pool, separator, bytes) => {
    const parts = [];
    let length = 0;
    while (length < bytes) {
      const part = rng.pick(pool);
      parts.push(part);
      length += part.length + separator.length;
    }
    return parts.join(separator);
  };

  return {
    json: (bytes) =>
      `{"items":[${fill(records, ',', Math.max(bytes - 40, 1))}],"page":{"size":50,"next":null}}`,
    html: (bytes) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo shop</title></head><body><ul>\n${fill(htmlLines, '\n', Math.max(bytes - 120, 1))}\n</ul></body></html>`,
    script: (bytes) => `"use strict";\n${fill(scriptLines, ';\n', bytes)}`,
    /** Base64 text whose length is a multiple of 4, as HAR `content.encoding: "base64"` bodies are. */
    base64: (bytes) => {
      const length = Math.max(4, Math.min(bytes, 1 << 20) & ~3);
      const start = rng.int(1 << 20) & ~3;
      return base64Pool.slice(start, start + length);
    },
  };
}
