// Whatever bytes arrive, every decoder gives back a value or a RigpoolError with a
// code: never another error type, never a hang. Random bytes, and valid encodings
// truncated, bit-flipped, or with junk appended.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { decodeMoney, ErrorCodes, modelIdFromBytes, RigpoolError, type ErrorCode } from '../../protocol/index.ts'
import { wireCodecs } from './arbitraries.ts'

const RANDOM_RUNS = 500
const MUTATION_RUNS = 500
/** A decode of a few hundred bytes taking this long would be a hang in the making. */
const SLOW_DECODE_MS = 2_000

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'append'; junk: Uint8Array }
  | { kind: 'overwrite'; at: number; junk: Uint8Array }

const mutation: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('append' as const), junk: fc.uint8Array({ minLength: 1, maxLength: 32 }) }),
    fc.record({
      kind: fc.constant('overwrite' as const),
      at: fc.nat(),
      junk: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    }),
  ),
  { minLength: 1, maxLength: 4 },
)

function mutate(bytes: Uint8Array, steps: Mutation[]): Uint8Array {
  let out = Uint8Array.from(bytes)
  for (const m of steps) {
    if (m.kind === 'append') {
      out = Uint8Array.from([...out, ...m.junk])
    } else if (out.byteLength > 0) {
      const at = m.at % out.byteLength
      if (m.kind === 'truncate') out = out.slice(0, at)
      else if (m.kind === 'flip') out[at]! ^= 1 << m.bit
      else out.set(m.junk.subarray(0, out.byteLength - at), at)
    }
  }
  return out
}

const codes: ReadonlySet<string> = new Set(ErrorCodes)

/** Decodes, asserting the outcome is a value or a RigpoolError with a known code; returns the code. */
function decodeSafely(decode: (bytes: Uint8Array) => unknown, bytes: Uint8Array): ErrorCode | 'ok' {
  const started = performance.now()
  try {
    decode(bytes)
    return 'ok'
  } catch (err) {
    if (!(err instanceof RigpoolError)) {
      assert.fail(
        `decoder threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)} for ${Buffer.from(bytes).toString('hex')}`,
      )
    }
    assert.ok(codes.has(err.code), `unknown code ${err.code}`)
    return err.code
  } finally {
    const ms = performance.now() - started
    assert.ok(ms < SLOW_DECODE_MS, `decode took ${ms.toFixed(0)} ms`)
  }
}

describe('decoders refuse garbage with typed errors', () => {
  for (const c of wireCodecs) {
    test(`${c.name}: random bytes`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          decodeSafely(c.decode, bytes)
        }),
        { numRuns: RANDOM_RUNS },
      )
    })

    test(`${c.name}: mutated valid encodings`, () => {
      const outcomes = new Set<string>()
      fc.assert(
        fc.property(c.arbitrary, mutation, (value, steps) => {
          outcomes.add(decodeSafely(c.decode, mutate(c.encode(value), steps)))
        }),
        { numRuns: MUTATION_RUNS },
      )
      // Mutations must really reach the validation paths, not only succeed.
      assert.ok(
        [...outcomes].some((o) => o !== 'ok'),
        `no mutation of ${c.name} was refused`,
      )
    })
  }

  test('a frame of the right field numbers with the wrong wire types is refused with E_BAD_FRAME', () => {
    // field 1, wire type 0 (varint) where every decoder expects a length-delimited message
    for (const c of wireCodecs) {
      const code = decodeSafely(c.decode, Uint8Array.of(0x08, 0x01))
      assert.notEqual(code, 'ok', c.name)
    }
  })

  test('money and model-id field decoders', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        decodeSafely(decodeMoney, bytes)
        decodeSafely(modelIdFromBytes, bytes)
      }),
      { numRuns: RANDOM_RUNS },
    )
  })
})
