// Money on the wire and the two pieces of money arithmetic every part relies on.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  costOfItems,
  decodeClientRequest,
  decodeMarketRequest,
  decodeMoney,
  decodeOptionalMoney,
  encodeClientRequest,
  encodeMarketRequest,
  encodeMoney,
  hasCode,
  modelIdOf,
  pricePerMillionItems,
  type JobSpec,
} from '../../protocol/index.ts'

const MAX = (1n << 256n) - 1n
const anyAmount = fc.bigInt({ min: 0n, max: MAX })
const E_BAD_AMOUNT = (err: unknown): boolean => hasCode(err, 'E_BAD_AMOUNT')

/** The exact value of a finite positive double as numerator / denominator. */
function rational(x: number): [bigint, bigint] {
  let den = 1n
  while (!Number.isInteger(x)) {
    x *= 2 // exact for doubles
    den *= 2n
  }
  return [BigInt(x), den]
}

describe('money codec', () => {
  test('round trips every amount from 0 to 2^256 − 1 as minimal big-endian bytes', () => {
    fc.assert(
      fc.property(anyAmount, (amount) => {
        const bytes = encodeMoney(amount)
        assert.equal(decodeMoney(bytes), amount)
        assert.ok(bytes.byteLength <= 32)
        if (amount > 0n) assert.notEqual(bytes[0], 0, 'no leading zero byte')
      }),
      { numRuns: 1000 },
    )
    for (const amount of [0n, 1n, 255n, 256n, MAX]) assert.equal(decodeMoney(encodeMoney(amount)), amount)
    assert.equal(encodeMoney(0n).byteLength, 0)
    assert.equal(encodeMoney(MAX).byteLength, 32)
    assert.deepStrictEqual([...encodeMoney(0x0102n)], [1, 2])
  })

  test('refuses negative amounts, amounts over 32 bytes and non-bigints with E_BAD_AMOUNT', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 300n), max: -1n }), (amount) => {
        assert.throws(() => encodeMoney(amount), E_BAD_AMOUNT)
      }),
      { numRuns: 200 },
    )
    fc.assert(
      fc.property(fc.bigInt({ min: MAX + 1n, max: 1n << 400n }), (amount) => {
        assert.throws(() => encodeMoney(amount), E_BAD_AMOUNT)
      }),
      { numRuns: 200 },
    )
    assert.throws(() => encodeMoney(5 as unknown as bigint), E_BAD_AMOUNT)
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 33, maxLength: 80 }), (bytes) => {
        assert.throws(() => decodeMoney(bytes), E_BAD_AMOUNT)
      }),
      { numRuns: 200 },
    )
  })

  test('decodes leading zero bytes and byte views at any offset', () => {
    assert.equal(decodeMoney(Uint8Array.of(0, 0, 1)), 1n)
    const frame = Uint8Array.of(9, 9, 9, 0x12, 0x34, 9)
    assert.equal(decodeMoney(frame.subarray(3, 5)), 0x1234n)
    assert.equal(decodeOptionalMoney(new Uint8Array()), undefined)
    assert.equal(decodeOptionalMoney(Uint8Array.of(7)), 7n)
  })

  test(
    'a cap of zero survives the wire as zero, not as "no cap"',
    () => {
      const job: JobSpec = {
        idempotencyKey: 'k',
        modelId: modelIdOf(Uint8Array.of(1)),
        itemCount: 1,
        sharedInputs: {},
        outputNames: [],
        comparator: { kind: 'exact' },
        priceCapPerMillionItems: 10n,
        spendCap: 0n,
        deadlineMs: 1000,
        spread: 0,
        delivery: 'verified',
        settings: {},
      }
      const back = decodeClientRequest(encodeClientRequest({ kind: 'submit', job }))
      assert.equal(back.kind === 'submit' && back.job.spendCap, 0n, 'a zero spend cap must not become unlimited')
      const query = decodeMarketRequest(
        encodeMarketRequest({
          kind: 'offers',
          query: { sort: 'price_per_gpu_hour', limit: 5, maxPricePerGpuHour: 0n },
        }),
      )
      assert.equal(query.kind === 'offers' && query.query.maxPricePerGpuHour, 0n)
    },
  )
})

describe('costOfItems', () => {
  test('rounds up once: cost·1e6 ≥ items·price and (cost − 1)·1e6 < items·price', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 40n }), fc.bigInt({ min: 0n, max: 1n << 128n }), (items, price) => {
        const cost = costOfItems(items, price)
        const exact = items * price
        assert.ok(cost * 1_000_000n >= exact)
        if (exact > 0n) assert.ok((cost - 1n) * 1_000_000n < exact)
        else assert.equal(cost, 0n)
      }),
      { numRuns: 1000 },
    )
    assert.equal(costOfItems(1n, 1n), 1n)
    assert.equal(costOfItems(1_000_000n, 7n), 7n)
    assert.equal(costOfItems(1_000_001n, 7n), 8n)
  })

  test('is additive up to the one rounding: splitting a batch never costs less', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1n << 32n }),
        fc.bigInt({ min: 0n, max: 1n << 32n }),
        fc.bigInt({ min: 0n, max: 1n << 80n }),
        (a, b, price) => {
          const whole = costOfItems(a + b, price)
          const split = costOfItems(a, price) + costOfItems(b, price)
          assert.ok(split >= whole && split - whole <= 1n)
        },
      ),
      { numRuns: 500 },
    )
  })

  test('refuses negative items or prices with E_BAD_AMOUNT', () => {
    assert.throws(() => costOfItems(-1n, 5n), E_BAD_AMOUNT)
    assert.throws(() => costOfItems(5n, -1n), E_BAD_AMOUNT)
  })
})

describe('pricePerMillionItems', () => {
  const hourly = fc.bigInt({ min: 0n, max: 1n << 128n })

  test('rounds up once, by less than one base unit, at the exact measured speed', () => {
    fc.assert(
      fc.property(hourly, fc.integer({ min: 1, max: 1_000_000_000 }), (pricePerGpuHour, milliItemsPerSecond) => {
        const speed = milliItemsPerSecond / 1000
        const [num, den] = rational(speed)
        const price = pricePerMillionItems(pricePerGpuHour, speed)
        // revenue per hour = price / 1e6 × items per hour ≥ hourly price
        assert.ok(price * num * 3600n >= pricePerGpuHour * 1_000_000n * den)
        // and one unit less would sell below it
        if (price > 0n) assert.ok((price - 1n) * num * 3600n < pricePerGpuHour * 1_000_000n * den)
      }),
      { numRuns: 1000 },
    )
  })

  test(
    'never sells below the hourly price at the measured speed',
    {
    },
    () => {
      fc.assert(
        fc.property(hourly, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (pricePerGpuHour, itemsPerSecond) => {
          const price = pricePerMillionItems(pricePerGpuHour, itemsPerSecond)
          const [num, den] = rational(itemsPerSecond)
          assert.ok(price * num * 3600n >= pricePerGpuHour * 1_000_000n * den)
        }),
        { numRuns: 1000 },
      )
    },
  )

  test('is monotone: a faster rig never charges more per item', () => {
    fc.assert(
      fc.property(hourly, fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (h, a, b) => {
        const [slow, fast] = a <= b ? [a, b] : [b, a]
        assert.ok(pricePerMillionItems(h, fast / 1000) <= pricePerMillionItems(h, slow / 1000))
      }),
      { numRuns: 500 },
    )
  })

  test(
    'refuses a negative hourly price with E_BAD_AMOUNT',
    () => {
      assert.throws(() => pricePerMillionItems(-5n, 1), E_BAD_AMOUNT)
    },
  )

  test('refuses a speed that is zero, negative, NaN or infinite with E_BAD_AMOUNT', () => {
    for (const speed of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => pricePerMillionItems(100n, speed), E_BAD_AMOUNT, String(speed))
    }
  })
})
