// Property tests of the money arithmetic: bigint only, rounded up once from the exact total.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  amountDue,
  ceilDiv,
  costOfItems,
  exactCost,
  formatTokenAmount,
  nextVoucherAmount,
  parseTokenAmount,
  splitFee,
} from '../../settlement/index.ts'
import { hasCode } from '../../protocol/errors.ts'

const items = fc.bigInt({ min: 0n, max: 10n ** 12n })
const price = fc.bigInt({ min: 0n, max: 10n ** 12n })
const tasks = fc.array(fc.tuple(items, price), { maxLength: 50 })

describe('money', () => {
  test('ceilDiv is the least integer not below a/b', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 200n }), fc.bigInt({ min: 1n, max: 1n << 100n }), (a, b) => {
        const q = ceilDiv(a, b)
        assert.ok(q * b >= a)
        assert.ok((q - 1n) * b < a)
      }),
    )
  })

  test('a running total is rounded up once: never below the exact sum, less than one unit above, never above per-task rounding', () => {
    fc.assert(
      fc.property(tasks, (ts) => {
        const exact = ts.reduce((s, [n, p]) => s + exactCost(n, p), 0n)
        const due = amountDue(exact)
        assert.ok(due * 1_000_000n >= exact)
        assert.ok(due * 1_000_000n - exact < 1_000_000n)
        const roundedEach = ts.reduce((s, [n, p]) => s + costOfItems(n, p), 0n)
        assert.ok(due <= roundedEach)
      }),
    )
  })

  test('the amount due never decreases as items are added', () => {
    fc.assert(
      fc.property(tasks, (ts) => {
        let exact = 0n
        let last = 0n
        for (const [n, p] of ts) {
          exact += exactCost(n, p)
          const due = amountDue(exact)
          assert.ok(due >= last)
          last = due
        }
      }),
    )
  })

  test('0.2 tUSD per GPU-hour at 20,000 items/s: 100,000 items cost 0.000278 tUSD, rounded up', () => {
    // 200,000 base units per hour / 72,000,000 items per hour = 2,778 base units per million (rounded up).
    assert.equal(costOfItems(100_000n, 2_778n), 278n)
    assert.equal(costOfItems(1n, 1n), 1n)
    assert.equal(costOfItems(0n, 5n), 0n)
  })

  test('a fee split is exact: net + fee = amount, fee rounded down', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 128n }), fc.bigInt({ min: 0n, max: 10_000n }), (amount, bps) => {
        const { net, fee } = splitFee(amount, bps)
        assert.equal(net + fee, amount)
        assert.ok(fee >= 0n && net >= 0n)
        assert.ok(fee * 10_000n <= amount * bps)
      }),
    )
    assert.ok(hasCode(catchErr(() => splitFee(1n, 10_001n)), 'E_BAD_AMOUNT'))
  })

  test('nextVoucherAmount waits for a credit step and never goes backwards', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.boolean(), (exact, lastSigned, step, final) => {
        const next = nextVoucherAmount(exact, lastSigned, step, final)
        const due = amountDue(exact)
        if (next === undefined) assert.ok(due <= lastSigned || (!final && due - lastSigned < step))
        else {
          assert.equal(next, due)
          assert.ok(next > lastSigned)
        }
      }),
    )
  })

  test('negative amounts are refused', () => {
    assert.ok(hasCode(catchErr(() => exactCost(-1n, 1n)), 'E_BAD_AMOUNT'))
    assert.ok(hasCode(catchErr(() => costOfItems(1n, -1n)), 'E_BAD_AMOUNT'))
  })

  test('human units: format then parse is the identity; parse refuses what is not exact', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 96n }), fc.integer({ min: 0, max: 18 }), (amount, decimals) => {
        assert.equal(parseTokenAmount(formatTokenAmount(amount, decimals), decimals), amount)
      }),
    )
    assert.equal(formatTokenAmount(1_234_500n), '1.2345')
    assert.equal(formatTokenAmount(1_000_000_000_000n, 6, { symbol: 'tUSD' }), '1,000,000.00 tUSD')
    assert.equal(formatTokenAmount(5n), '0.000005')
    assert.equal(parseTokenAmount('12.5'), 12_500_000n)
    for (const bad of ['1.0000001', '-1', 'abc', '', '1e6', '0x10']) {
      assert.ok(hasCode(catchErr(() => parseTokenAmount(bad)), 'E_BAD_AMOUNT'), bad)
    }
  })
})

function catchErr(fn: () => unknown): unknown {
  try {
    fn()
  } catch (err) {
    return err
  }
  return undefined
}
