// The .npy/.npz codec against files written by NumPy 2.4 (np.save, np.savez,
// np.savez_compressed, format versions 1.0/2.0/3.0), its own round trips, and refusals.
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { joinItems, readNpy, readNpz, splitBatch, writeNpy, writeNpz } from '../../client-sdk/index.ts'
import { DTYPES, hasCode, makeWireTensor, tensorsEqual, typedView, DTYPE_BYTES, type WireTensor } from '../../protocol/index.ts'
import { inspectModel } from '../../protocol/onnx/index.ts'
import { smallMlp } from '../fixtures/models.ts'

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))
const floats = (t: WireTensor): number[] => Array.from(typedView(t) as Float32Array)

describe('.npy and .npz', () => {
  test('reads arrays NumPy wrote: values, dtypes and shapes', () => {
    const a = readNpy(fixture('f4.npy'))
    assert.equal(a.dtype, 'float32')
    assert.deepEqual(a.dims, [2, 3, 4])
    assert.deepEqual(floats(a), Array.from(Float32Array.from({ length: 24 }, (_, i) => i / 7)))
    for (const name of ['plain.npz', 'compressed.npz']) {
      const z = readNpz(fixture(name))
      assert.deepEqual(Object.keys(z).sort(), ['a', 'b', 'c', 'h'])
      assert.ok(tensorsEqual(z.a!, a), `${name}: a`)
      assert.equal(z.b!.dtype, 'int64')
      assert.deepEqual(Array.from(typedView(z.b!) as BigInt64Array), [1n, -2n, 3n, 4n, 5n, -6n])
      assert.deepEqual([z.c!.dtype, Array.from(z.c!.data)], ['bool', [1, 0, 1]])
      assert.deepEqual([z.h!.dtype, Array.from(typedView(z.h!) as Uint16Array)], ['float16', [0x3800, 0xbd00, 0x4200]])
    }
    for (const name of ['v2.npy', 'v3.npy']) assert.deepEqual(Array.from(typedView(readNpy(fixture(name))) as BigInt64Array), [1n, -2n, 3n, 4n, 5n, -6n])
    assert.deepEqual(Array.from(typedView(readNpy(fixture('u2-v2.npy'))) as Uint16Array), [0, 1, 2, 3, 4])
  })

  test('what we write reads back identically (every dtype, shapes up to rank 4), and NumPy writes the same header', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DTYPES), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }), fc.integer(), (dtype, dims, seed) => {
        const n = dims.reduce((a, b) => a * b, 1) * DTYPE_BYTES[dtype]
        const bytes = Uint8Array.from({ length: n }, (_, i) => (dtype === 'bool' ? (seed + i) & 1 : (seed * 31 + i * 7) & 0xff))
        const t = makeWireTensor(dtype, dims, bytes)
        assert.ok(tensorsEqual(readNpy(writeNpy(t)), t))
        const z = readNpz(writeNpz({ x: t, y: t }))
        assert.ok(tensorsEqual(z.x!, t) && tensorsEqual(z.y!, t))
      }),
    )
    // Byte for byte what np.save wrote for the same array.
    assert.deepEqual(Buffer.from(writeNpy(readNpy(fixture('f4.npy')))), Buffer.from(fixture('f4.npy')))
  })

  test('refuses Fortran order, big-endian and object dtypes, truncation, junk, and a corrupted .npz', () => {
    assert.throws(() => readNpy(fixture('fortran.npy')), (e) => hasCode(e, 'E_BAD_TENSOR') && /Fortran/.test((e as Error).message))
    assert.throws(() => readNpy(fixture('big-endian.npy')), (e) => hasCode(e, 'E_UNSUPPORTED_DTYPE') && /big-endian/.test((e as Error).message))
    assert.throws(() => readNpy(fixture('object.npy')), (e) => hasCode(e, 'E_UNSUPPORTED_DTYPE'))
    assert.throws(() => readNpy(fixture('truncated.npy')), (e) => hasCode(e, 'E_BAD_TENSOR') && /truncated data/.test((e as Error).message))
    assert.throws(() => readNpy(new TextEncoder().encode('hello world, not numpy')), (e) => hasCode(e, 'E_BAD_TENSOR'))
    const extra = Buffer.concat([fixture('f4.npy'), Buffer.from([1, 2])])
    assert.throws(() => readNpy(extra), (e) => hasCode(e, 'E_BAD_TENSOR'))
    const z = Buffer.from(fixture('plain.npz'))
    z[200] = z[200]! ^ 0xff // inside a.npy's data: the CRC catches it
    assert.throws(() => readNpz(z), (e) => hasCode(e, 'E_BAD_TENSOR') && /CRC/.test((e as Error).message))
    assert.throws(() => readNpz(fixture('plain.npz').subarray(0, 600)), (e) => hasCode(e, 'E_BAD_TENSOR'))
  })

  test('a batch splits into items along axis 0 (keeping a leading 1), shared inputs stay whole, and outputs join back', () => {
    const m = smallMlp()
    const sig = inspectModel(m.bytes)
    const x = m.input(0, 5)[m.inputName]!
    const { items, shared } = splitBatch(sig, { [m.inputName]: x })
    assert.equal(items.length, 5)
    assert.deepEqual(items[2]![m.inputName]!.dims, [1, 64])
    assert.deepEqual(shared, {})
    assert.ok(tensorsEqual(joinItems(items)[m.inputName]!, x))
    assert.throws(() => splitBatch(sig, { nope: x }), (e) => hasCode(e, 'E_INPUT_MISMATCH') && /expects x?.*float32\[N,64\]/.test((e as Error).message))
    assert.throws(() => splitBatch(sig, {}), (e) => hasCode(e, 'E_INPUT_MISMATCH') && /missing/.test((e as Error).message))
  })
})
