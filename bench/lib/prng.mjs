/**
 * Seeded pseudo-random numbers (mulberry32). The bench files must be byte-identical for a given
 * seed so that runs on different days measure the same input.
 */

function hashSeed(seed) {
  let h = 2166136261;
  for (const ch of String(seed)) {
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  }
  return h >>> 0;
}

export function createRng(seed) {
  let state = hashSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)],
    hex: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += '0123456789abcdef'[int(16)];
      return out;
    },
    alnum: (length) => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[int(alphabet.length)];
      return out;
    },
    /** Log-normal with mean 1: body sizes in real traffic are heavy-tailed. */
    logNormalUnitMean: (sigma) => {
      const u1 = next() || Number.MIN_VALUE;
      const u2 = next();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      return Math.exp(sigma * z - (sigma * sigma) / 2);
    },
  };
}
