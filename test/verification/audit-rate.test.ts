// Audit rate from economics, the detection guarantee, and the CSPRNG draw from a stored commitment (fast-check).
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  auditRate,
  DEFAULT_AUDIT_POLICY,
  detectionProbability,
  economicRate,
  expectedCheatProfit,
  itemsForConfidence,
  planAudit,
  type StoredCommitment,
} from '../../coordinator/verification/index.ts'

const commitment = (itemCount: number, storedAt = Date.now()): StoredCommitment => ({
  taskId: 't1',
  provider: '0x0000000000000000000000000000000000000001',
  modelId: 'm',
  firstIndex: 100,
  itemCount,
  root: new Uint8Array(32),
  signature: new Uint8Array(65),
  storedAt,
})

describe('audit rate', () => {
  test('property: q ∈ [floor, 1], never grows with a longer clean record, and q·S covers the gain whenever q < 1', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.nat(1_000_000), fc.nat(1_000_000), (stake, gain, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const qLo = auditRate({ stake, gainPerMillionItems: gain, cleanItems: lo })
        const qHi = auditRate({ stake, gainPerMillionItems: gain, cleanItems: hi })
        assert.ok(qLo >= DEFAULT_AUDIT_POLICY.floor && qLo <= 1)
        assert.ok(qHi <= qLo)
        // q·S ≥ safety × gain per item (gain per item = gainPerMillion / 1e6), up to float rounding.
        if (qHi < 1) assert.ok(qHi * Number(stake) * 1e6 >= DEFAULT_AUDIT_POLICY.safety * Number(gain) * (1 - 1e-9))
        if (qHi < 1) assert.ok(expectedCheatProfit(qHi, Number(gain) / 1e6, stake) < 0)
      }),
    )
  })

  test('a new provider is audited at the new rate; a long clean record brings q down to the floor, below 1', () => {
    const standing = { stake: 100_000_000n, gainPerMillionItems: 3_000n }
    assert.equal(auditRate({ ...standing, cleanItems: 0 }), DEFAULT_AUDIT_POLICY.newRate)
    const clean = auditRate({ ...standing, cleanItems: 200_000 })
    assert.ok(clean < 0.031 && clean >= DEFAULT_AUDIT_POLICY.floor)
    assert.equal(auditRate({ stake: 0n, gainPerMillionItems: 1n, cleanItems: 10 ** 9 }), 1, 'no stake: everything is audited')
    assert.ok(economicRate(1_000n, 500_000_000n) > 0.99, 'a gain of 500 per item against a stake of 1,000 needs q = 1')
  })

  test('property: P(caught within itemsForConfidence) ≥ confidence, and the 99.9 % bound is ≈ 6.9/(q·f)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.005, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (q, f) => {
        const n = itemsForConfidence(q, f)
        assert.ok(detectionProbability(q, f, n) >= 0.999 - 1e-12)
        if (n > 1) assert.ok(detectionProbability(q, f, n - 1) < 0.999)
        if (q * f < 0.01) assert.ok(Math.abs(n - 6.9 / (q * f)) / n < 0.01)
      }),
    )
    assert.equal(itemsForConfidence(0.03, 1), 227)
  })
})

describe('audit plan', () => {
  test('is drawn only from a stored commitment, within the task, at the rate asked', () => {
    assert.throws(() => planAudit(commitment(10, 0), 0.5), /after the commitment is stored/)
    const n = 20_000
    const plan = planAudit(commitment(n), 0.03)
    const rate = plan.indices.length / n
    assert.ok(Math.abs(rate - 0.03) < 0.006, `drawn rate ${rate}`)
    assert.ok(plan.indices.every((i, k) => i >= 100 && i < 100 + n && (k === 0 || i > plan.indices[k - 1]!)))
    // Two draws over the same commitment differ: a CSPRNG, not a function of the commitment.
    assert.notDeepEqual(planAudit(commitment(n), 0.03).indices, plan.indices)
  })

  test('property: a task on probation always has an audited item; rate 0 audits none, rate 1 all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (count) => {
        assert.ok(planAudit(commitment(count), 0, { atLeastOne: true }).indices.length === 1)
        assert.equal(planAudit(commitment(count), 0).indices.length, 0)
        assert.equal(planAudit(commitment(count), 1).indices.length, count)
      }),
    )
  })
})
