// Every domain message of protocol/wire survives encode → decode unchanged.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  decodeClientResponse,
  decodeProviderToCoordinator,
  hasCode,
  decodeTaskFrame,
  decodeTaskReply,
  encodeClientResponse,
  encodeTaskFrame,
  encodeTaskReply,
  RigpoolError,
  tensorsEqual,
  type NamedTensors,
} from '../../protocol/index.ts'
import { ProviderToCoordinator as ProviderToCoordinatorMessage } from '../../protocol/messages/provider.ts'
import { normalize, rigpoolError, taskFrame, wireCodecs } from './arbitraries.ts'

const NUM_RUNS = 300

describe('wire round trip', () => {
  for (const c of wireCodecs) {
    test(`${c.name}: decode(encode(x)) equals x`, () => {
      const seen = new Set<string>()
      fc.assert(
        fc.property(c.arbitrary, (value) => {
          const decoded = c.decode(c.encode(value))
          assert.deepStrictEqual(normalize(decoded), normalize(value))
          const kind = (value as { kind?: unknown }).kind
          if (typeof kind === 'string') seen.add(kind)
        }),
        { numRuns: NUM_RUNS },
      )
      if (c.kinds !== undefined)
        assert.deepStrictEqual([...seen].sort(), [...c.kinds].sort(), 'every kind was exercised')
    })
  }

  test('tensors in task frames come back equal by dtype, dims and bytes, in owned aligned buffers', () => {
    fc.assert(
      fc.property(taskFrame, (frame) => {
        const back = decodeTaskFrame(encodeTaskFrame(frame))
        const pairs: Array<[NamedTensors, NamedTensors]> = []
        if (frame.kind === 'header' && back.kind === 'header')
          pairs.push([frame.header.sharedInputs, back.header.sharedInputs])
        if (frame.kind === 'item' && back.kind === 'item') pairs.push([frame.inputs, back.inputs])
        for (const [sent, got] of pairs) {
          assert.deepStrictEqual(Object.keys(got).sort(), Object.keys(sent).sort())
          for (const [name, t] of Object.entries(sent)) {
            assert.ok(tensorsEqual(got[name]!, t), `tensor ${name}`)
            assert.equal(got[name]!.data.byteOffset, 0)
            assert.equal(got[name]!.data.buffer.byteLength, got[name]!.data.byteLength, 'owns its buffer')
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  test('an error reply keeps its code and retry hint and arrives marked as the peer’s', () => {
    fc.assert(
      fc.property(rigpoolError, (error) => {
        const back = decodeTaskReply(encodeTaskReply({ kind: 'error', error }))
        assert.equal(back.kind, 'error')
        if (back.kind !== 'error') return
        assert.ok(back.error instanceof RigpoolError)
        assert.equal(back.error.code, error.code)
        assert.equal(back.error.retryAfterMs, error.retryAfterMs)
        assert.equal(back.error.message, `peer: ${error.message}`)
      }),
      { numRuns: 100 },
    )
  })

  test('a plain Error sent as a reply goes out as E_INTERNAL', () => {
    const back = decodeClientResponse(
      encodeClientResponse({ kind: 'error', error: new Error('disk on fire') as RigpoolError }),
    )
    assert.equal(back.kind, 'error')
    assert.equal(back.kind === 'error' && back.error.code, 'E_INTERNAL')
  })

  test(
    'a uint64 counter beyond 2^53 is refused, not silently rounded',
    {
    },
    () => {
      const bytes = ProviderToCoordinatorMessage.encode({
        heartbeat: { seq: (1n << 60n) + 1n, runningTasks: 0, freeSlots: 0 },
      })
      assert.throws(
        () => decodeProviderToCoordinator(bytes),
        (err) => hasCode(err, 'E_BAD_FRAME'),
      )
    },
  )
})
