// Numeric scores of one output tensor against the verifier's: the tolerance score and
// the extra checks (cosine, top-k). Pure functions over wire tensors.
import { typedView, type WireTensor } from '../../../protocol/index.ts'

const FLOAT_DTYPES = new Set(['float32', 'float64', 'float16'])

/** IEEE half → number (float16 travels as raw 16-bit words). */
export function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1
  const exp = (h >> 10) & 0x1f
  const frac = h & 0x3ff
  if (exp === 0) return sign * frac * 2 ** -24
  if (exp === 0x1f) return frac === 0 ? sign * Infinity : Number.NaN
  return sign * (1 + frac / 1024) * 2 ** (exp - 15)
}

/** The tensor's elements as numbers (int64 through Number: scores need no more precision). */
export function numbersOf(t: WireTensor): ArrayLike<number> {
  const view = typedView(t)
  if (t.dtype === 'float16') return Array.from(view as Uint16Array, halfToNumber)
  if (view instanceof BigInt64Array || view instanceof BigUint64Array) return Array.from(view, Number)
  return view as ArrayLike<number>
}

/** True for float dtypes, whose outputs drift between honest configurations. */
export function isFloat(t: WireTensor): boolean {
  return FLOAT_DTYPES.has(t.dtype)
}

export interface TensorScore {
  /** max|a−b| / max(max|b|, floor); Infinity when `got` has a non-finite value `expected` lacks. */
  score: number
  maxAbsDiff: number
  maxAbsExpected: number
  /** Non-finite values in `got` where `expected` is finite (or differs in kind). */
  nonFinite: number
}

/** Tolerance score of `got` against the verifier's `expected` (same dtype and length assumed). */
export function toleranceScore(expected: ArrayLike<number>, got: ArrayLike<number>, floor: number): TensorScore {
  let maxAbsDiff = 0
  let maxAbsExpected = 0
  let nonFinite = 0
  for (let i = 0; i < expected.length; i++) {
    const b = expected[i]!
    const a = got[i]!
    if (!Number.isFinite(b) || !Number.isFinite(a)) {
      // A non-finite value is honest only where the verifier got the very same one.
      if (!Object.is(a, b) && !(Number.isNaN(a) && Number.isNaN(b))) nonFinite++
      continue
    }
    const d = Math.abs(a - b)
    if (d > maxAbsDiff) maxAbsDiff = d
    const m = Math.abs(b)
    if (m > maxAbsExpected) maxAbsExpected = m
  }
  const score = nonFinite > 0 ? Infinity : maxAbsDiff / Math.max(maxAbsExpected, floor)
  return { score, maxAbsDiff, maxAbsExpected, nonFinite }
}

/** Cosine similarity of two vectors (1 when both are zero). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    dot += x * y
    na += x * x
    nb += y * y
  }
  if (na === 0 && nb === 0) return 1
  if (na === 0 || nb === 0) return 0
  return dot / Math.sqrt(na * nb)
}

function topIndices(v: ArrayLike<number>, start: number, length: number, k: number): number[] {
  const idx = Array.from({ length }, (_, i) => i)
  idx.sort((x, y) => v[start + y]! - v[start + x]! || x - y)
  return idx.slice(0, k).sort((x, y) => x - y)
}

/**
 * Fraction of rows (along the last axis) whose top-k index sets agree. A row whose k-th
 * and (k+1)-th expected values are within `tieTolerance` counts as agreeing: honest drift
 * may reorder near ties.
 */
export function topKAgreement(expected: ArrayLike<number>, got: ArrayLike<number>, dims: readonly number[], k: number, tieTolerance: number): number {
  const last = dims.length === 0 ? 1 : dims[dims.length - 1]!
  if (last === 0 || k <= 0) return 1
  const kk = Math.min(k, last)
  const rows = Math.max(1, Math.floor(expected.length / last))
  let agree = 0
  for (let r = 0; r < rows; r++) {
    const e = topIndices(expected, r * last, last, kk)
    const g = topIndices(got, r * last, last, kk)
    if (e.every((x, i) => x === g[i])) {
      agree++
      continue
    }
    if (kk < last) {
      const sorted = Array.from({ length: last }, (_, i) => expected[r * last + i]!).sort((x, y) => y - x)
      if (Math.abs(sorted[kk - 1]! - sorted[kk]!) <= tieTolerance) agree++
    }
  }
  return agree / rows
}
