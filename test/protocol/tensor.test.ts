// The tensor codec: bytes must match dtype × dims, dtypes are an explicit list, decoded
// data is an owned aligned copy, and ORT tensors convert both ways for every dtype.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { Tensor as OrtTensor } from 'onnxruntime-node'
import {
  decodeTaskFrame,
  DTYPE_BYTES,
  DTYPES,
  dtypeCode,
  dtypeFromCode,
  encodeTaskFrame,
  fromOrtTensor,
  hasCode,
  makeWireTensor,
  namedFromMessages,
  namedToMessages,
  tensorFromMessage,
  tensorsEqual,
  toOrtTensor,
  typedView,
  wireTensor,
  type Dtype,
  type WireTensor,
} from '../../protocol/index.ts'
import { TaskFrame as TaskFrameMessage } from '../../protocol/messages/task.ts'
import { wireTensor as anyWireTensor } from './arbitraries.ts'

const code = (c: Parameters<typeof hasCode>[1]) => (err: unknown) => hasCode(err, c)

/** An item frame carrying one raw tensor message, bypassing our encoder's checks. */
function rawItemFrame(dtype: number, dims: number[], data: Uint8Array): Uint8Array {
  return TaskFrameMessage.encode({
    item: { index: 0, inputs: [{ name: 'x', dtype, dims, data: data as Uint8Array<ArrayBuffer> }] },
  })
}

function tensorOf(dtype: Dtype, dims: number[]): fc.Arbitrary<WireTensor> {
  const n = dims.reduce((a, d) => a * d, 1) * DTYPE_BYTES[dtype]
  return fc.uint8Array({ minLength: n, maxLength: n }).map((data) => ({ dtype, dims, data }))
}

describe('tensor codec', () => {
  test('dtype codes are 1-based and every listed dtype round trips; 0 and unknown codes are refused', () => {
    assert.equal(DTYPES.length, 12)
    for (const dtype of DTYPES) assert.equal(dtypeFromCode(dtypeCode(dtype)), dtype)
    for (const bad of [0, DTYPES.length + 1, 99, 0xffff_ffff]) {
      assert.throws(() => dtypeFromCode(bad), code('E_UNSUPPORTED_DTYPE'), String(bad))
    }
  })

  test('a tensor whose bytes do not match dtype × dims is refused with E_BAD_TENSOR, on the wire too', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DTYPES),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
        fc.integer({ min: -7, max: 7 }).filter((d) => d !== 0),
        (dtype, dims, delta) => {
          const right = dims.reduce((a, d) => a * d, 1) * DTYPE_BYTES[dtype]
          const length = right + delta
          fc.pre(length >= 0)
          const data = new Uint8Array(length)
          assert.throws(() => makeWireTensor(dtype, dims, data), code('E_BAD_TENSOR'))
          assert.throws(() => decodeTaskFrame(rawItemFrame(dtypeCode(dtype), dims, data)), code('E_BAD_TENSOR'))
        },
      ),
      { numRuns: 300 },
    )
  })

  test('an unknown dtype code on the wire is refused with E_UNSUPPORTED_DTYPE', () => {
    for (const dtype of [0, 13, 1000]) {
      assert.throws(() => decodeTaskFrame(rawItemFrame(dtype, [1], new Uint8Array(4))), code('E_UNSUPPORTED_DTYPE'))
      assert.throws(
        () => tensorFromMessage({ name: 'x', dtype, dims: [], data: new Uint8Array(1) }),
        code('E_UNSUPPORTED_DTYPE'),
      )
    }
  })

  test('too many dimensions or elements is E_BAD_TENSOR, before any allocation', () => {
    assert.throws(() => makeWireTensor('uint8', [1, 1, 1, 1, 1, 1, 1, 1, 1], new Uint8Array(1)), code('E_BAD_TENSOR'))
    assert.throws(
      () => decodeTaskFrame(rawItemFrame(dtypeCode('uint8'), [65536, 65536], new Uint8Array(4))),
      code('E_BAD_TENSOR'),
    )
    assert.throws(() => makeWireTensor('float32', [-1], new Uint8Array(0)), code('E_BAD_TENSOR'))
    assert.throws(() => makeWireTensor('float32', [1.5], new Uint8Array(0)), code('E_BAD_TENSOR'))
  })

  test('a nameless or repeated tensor name is refused with E_BAD_TENSOR', () => {
    const t = { dtype: dtypeCode('uint8'), dims: [1], data: new Uint8Array(1) as Uint8Array<ArrayBuffer> }
    assert.throws(() => namedFromMessages([{ ...t, name: '' }]), code('E_BAD_TENSOR'))
    assert.throws(
      () =>
        namedFromMessages([
          { ...t, name: 'a' },
          { ...t, name: 'a' },
        ]),
      code('E_BAD_TENSOR'),
    )
    // names that are also Object.prototype members are ordinary names
    const back = namedFromMessages([
      { ...t, name: 'constructor' },
      { ...t, name: 'toString' },
    ])
    assert.deepStrictEqual(Object.keys(back).sort(), ['constructor', 'toString'])
  })

  test(
    'a tensor named "__proto__" is kept or refused, never silently dropped',
    {
    },
    () => {
      const t = { dtype: dtypeCode('uint8'), dims: [1], data: Uint8Array.of(7) as Uint8Array<ArrayBuffer> }
      let back: ReturnType<typeof namedFromMessages> | undefined
      try {
        back = namedFromMessages([{ ...t, name: '__proto__' }])
      } catch (err) {
        assert.ok(hasCode(err, 'E_BAD_TENSOR'))
        return
      }
      assert.deepStrictEqual(Object.keys(back), ['__proto__'])
      assert.equal(namedToMessages(back).length, 1)
    },
  )

  test('decoded tensor data is an owned, 8-byte aligned copy: mutating the frame afterwards changes nothing', () => {
    fc.assert(
      fc.property(anyWireTensor, fc.integer({ min: 0, max: 15 }), (t, shift) => {
        const encoded = encodeTaskFrame({ kind: 'item', index: 3, inputs: { x: t } })
        // the frame at an arbitrary offset inside a larger buffer, as a network read leaves it
        const backing = new Uint8Array(encoded.byteLength + 16)
        backing.set(encoded, shift)
        const frame = backing.subarray(shift, shift + encoded.byteLength)
        const decoded = decodeTaskFrame(frame)
        assert.equal(decoded.kind, 'item')
        if (decoded.kind !== 'item') return
        const got = decoded.inputs.x!
        assert.ok(tensorsEqual(got, t))
        assert.equal(got.data.byteOffset % 8, 0)
        assert.notEqual(got.data.buffer, backing.buffer)
        const before = Uint8Array.from(got.data)
        backing.fill(0xa5)
        assert.deepStrictEqual(got.data, before)
        // typed views over it need no copy (a misaligned Float64Array would throw)
        const view = typedView(got)
        assert.equal(view.byteLength, got.data.byteLength)
        assert.equal(view.buffer, got.data.buffer)
      }),
      { numRuns: 300 },
    )
  })

  test('makeWireTensor copies by default: the caller may reuse its buffer', () => {
    const src = Uint8Array.of(1, 2, 3, 4)
    const t = makeWireTensor('float32', [1], src)
    src[0] = 99
    assert.equal(t.data[0], 1)
  })
})

describe('ORT tensors', () => {
  for (const dtype of DTYPES) {
    test(`${dtype}: wire → ORT → wire keeps dtype, dims and bytes`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }).chain((dims) => tensorOf(dtype, dims)),
          (t) => {
            const ort = toOrtTensor(t)
            assert.ok(ort instanceof OrtTensor)
            assert.equal(ort.type, dtype)
            assert.deepStrictEqual([...ort.dims], t.dims)
            assert.equal(ort.size, t.data.byteLength / DTYPE_BYTES[dtype])
            const back = fromOrtTensor(ort)
            assert.ok(tensorsEqual(back, t))
            assert.notEqual(back.data.buffer, t.data.buffer, 'fromOrtTensor copies')
          },
        ),
        { numRuns: 50 },
      )
    })
  }

  test('values read back from an ORT tensor are the ones sent', () => {
    const f = wireTensor('float32', [2, 2], Float32Array.of(1.5, -2, 0, 3.25))
    assert.deepStrictEqual([...(toOrtTensor(f).data as Float32Array)], [1.5, -2, 0, 3.25])
    const i = wireTensor('int64', [3], BigInt64Array.of(-1n, 0n, 1n << 62n))
    assert.deepStrictEqual([...(toOrtTensor(i).data as BigInt64Array)], [-1n, 0n, 1n << 62n])
    const ort = new OrtTensor('float64', Float64Array.of(Math.PI), [1])
    const back = toOrtTensor(fromOrtTensor(ort))
    assert.equal((back.data as Float64Array)[0], Math.PI)
    const b = fromOrtTensor(new OrtTensor('bool', Uint8Array.of(1, 0, 1), [3]))
    assert.equal(b.dtype, 'bool')
  })

  test('a non-numeric ORT tensor is refused with E_UNSUPPORTED_DTYPE', () => {
    assert.throws(() => fromOrtTensor(new OrtTensor('string', ['a', 'b'], [2])), code('E_UNSUPPORTED_DTYPE'))
  })
})
