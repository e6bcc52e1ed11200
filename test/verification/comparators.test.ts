// Comparators: scores, verdicts, structural refusals, and extra checks that only ever make a verdict worse.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { wireTensor, type NamedTensors } from '../../protocol/index.ts'
import { compareItem, DEFAULT_TOLERANCE, proposeBounds, type ToleranceComparator } from '../../coordinator/verification/index.ts'

const t = (values: number[], dims = [1, values.length]): NamedTensors => ({ y: wireTensor('float32', dims, Float32Array.from(values)) })

describe('compareItem', () => {
  test('exact accepts identical bytes and rejects one flipped bit', () => {
    const a = t([0.5, -1, 2])
    assert.deepEqual(compareItem({ kind: 'exact' }, a, t([0.5, -1, 2])).verdict, 'accept')
    const b = t([0.5, -1, 2])
    b.y!.data[0]! ^= 1
    const r = compareItem({ kind: 'exact' }, a, b)
    assert.equal(r.verdict, 'reject')
    assert.ok(r.score > 0 && r.score < 1e-6, `a one-ulp change scores tiny (${r.score}) but exact refuses it`)
  })

  test('tolerance: score = max|a−b| / max(max|b|, floor) with accept, escalate band and reject', () => {
    const c = DEFAULT_TOLERANCE
    const expected = t([1, -2, 0.5])
    assert.equal(compareItem(c, expected, t([1, -2 + 2e-4, 0.5])).verdict, 'accept')
    const mid = compareItem(c, expected, t([1, -2 + 2e-3, 0.5]))
    assert.equal(mid.verdict, 'escalate')
    assert.ok(Math.abs(mid.score - 1e-3) < 1e-6)
    assert.equal(compareItem(c, expected, t([1, -2 + 0.2, 0.5])).verdict, 'reject')
    // Near-zero outputs: the floor keeps a 1e-7 wobble of a 1e-6 map from scoring 10 %.
    assert.equal(compareItem(c, t([1e-6, 0]), t([1.1e-6, 0])).verdict, 'accept')
  })

  test('NaN, Inf, wrong shape, wrong dtype, missing or extra outputs are rejected', () => {
    const c = DEFAULT_TOLERANCE
    const e = t([1, 2, 3, 4])
    assert.equal(compareItem(c, e, t([1, Number.NaN, 3, 4])).verdict, 'reject')
    assert.equal(compareItem(c, e, t([1, Infinity, 3, 4])).verdict, 'reject')
    assert.equal(compareItem(c, e, t([1, 2, 3, 4], [2, 2])).verdict, 'reject')
    assert.equal(compareItem(c, e, { y: wireTensor('float64', [1, 4], Float64Array.from([1, 2, 3, 4])) }).verdict, 'reject')
    assert.equal(compareItem(c, e, {}).verdict, 'reject')
    assert.equal(compareItem(c, e, { ...t([1, 2, 3, 4]), z: e.y! }).verdict, 'reject')
    // A NaN where the verifier also got NaN is honest.
    assert.equal(compareItem(c, t([1, Number.NaN]), t([1, Number.NaN])).verdict, 'accept')
  })

  test('integer outputs must match exactly', () => {
    const e = { k: wireTensor('int64', [2], BigInt64Array.from([3n, 7n])) }
    assert.equal(compareItem(DEFAULT_TOLERANCE, e, { k: wireTensor('int64', [2], BigInt64Array.from([3n, 7n])) }).verdict, 'accept')
    assert.equal(compareItem(DEFAULT_TOLERANCE, e, { k: wireTensor('int64', [2], BigInt64Array.from([3n, 8n])) }).verdict, 'reject')
  })

  test('cosine and top-k only make a verdict worse: they cannot accept what the score rejects', () => {
    const strict: ToleranceComparator = { ...DEFAULT_TOLERANCE, minCosine: 0.99999, topK: 1 }
    // Scaled outputs keep cosine 1 and the argmax, yet the score rejects them.
    assert.equal(compareItem(strict, t([0.1, 0.9]), t([0.2, 1.8])).verdict, 'reject')
    // Swapped argmax: the score alone escalates; top-k pushes it to reject.
    const loose = { ...DEFAULT_TOLERANCE, reject: 1 }
    const [e, g] = [t([0.4, 0.6]), t([0.601, 0.5])]
    assert.equal(compareItem(loose, e, g).verdict, 'escalate')
    assert.equal(compareItem({ ...loose, topK: 1 }, e, g).verdict, 'reject')
    // Same argmax, small drift: top-k changes nothing.
    assert.equal(compareItem({ ...DEFAULT_TOLERANCE, topK: 1, minCosine: 0.99999 }, e, t([0.4, 0.6 + 1e-5])).verdict, 'accept')
  })

  test('property: any output compared with itself accepts with score 0; a change beyond reject × scale rejects', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 64 }), fc.nat(63), (values, at) => {
        const e = t(values)
        const same = compareItem(DEFAULT_TOLERANCE, e, t(values))
        assert.equal(same.verdict, 'accept')
        assert.equal(same.score, 0)
        const i = at % values.length
        const scale = Math.max(Math.max(...values.map(Math.abs)), DEFAULT_TOLERANCE.floor)
        const bent = [...values]
        bent[i] = Math.fround(bent[i]! + 2 * DEFAULT_TOLERANCE.reject * scale)
        assert.equal(compareItem(DEFAULT_TOLERANCE, e, t(bent)).verdict, 'reject')
      }),
    )
  })

  test('proposed bounds are 10× the worst honest drift, with a floor for bit-identical models', () => {
    assert.equal(proposeBounds(8.9e-5).accept.toPrecision(3), '0.000890')
    const identical = proposeBounds(0)
    assert.equal(identical.accept, 1e-5)
    assert.ok(identical.reject >= 5e-3 && identical.escalate === identical.accept)
  })
})
