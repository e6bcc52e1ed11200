/** mulberry32: a tiny seeded PRNG, so generated weights and inputs are the same bytes everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` floats uniform in [-scale, scale) from `seed`. */
export function seededFloats(count: number, seed: number, scale = 1): Float32Array {
  const next = seededRandom(seed)
  const out = new Float32Array(count)
  for (let i = 0; i < count; i++) out[i] = (next() * 2 - 1) * scale
  return out
}
