import { Tensor as OrtTensor } from 'onnxruntime-node'
import { RigpoolError } from './errors.ts'
import type { Tensor as WireTensorMessage } from './messages/common.ts'

/**
 * The numeric ORT dtypes carried on the wire, listed explicitly; code = index + 1 so
 * that 0 (a missing field) is never a valid dtype. float16 travels as raw 16-bit words.
 */
export const DTYPES = [
  'float32',
  'float64',
  'float16',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
  'bool',
] as const
export type Dtype = (typeof DTYPES)[number]

/** Bytes per element of each dtype. */
export const DTYPE_BYTES: Readonly<Record<Dtype, number>> = {
  float32: 4,
  float64: 8,
  float16: 2,
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  int64: 8,
  uint64: 8,
  bool: 1,
}

/** At most this many dimensions and elements per tensor (frames cap bytes anyway). */
export const MAX_TENSOR_RANK = 8
export const MAX_TENSOR_ELEMENTS = 2 ** 31 - 1

/** A tensor as the wire carries it: dtype, dims, raw little-endian bytes. */
export interface WireTensor {
  dtype: Dtype
  dims: number[]
  /** Owned bytes (never a view into a frame), byteOffset 0, aligned for any dtype. */
  data: Uint8Array
}

export type NamedTensors = Record<string, WireTensor>

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  // Raw bytes go straight into typed arrays: a big-endian host would need byte swaps.
  throw new RigpoolError('E_INTERNAL', 'rigpool needs a little-endian host')
}

export function dtypeCode(dtype: Dtype): number {
  return DTYPES.indexOf(dtype) + 1
}

export function dtypeFromCode(code: number): Dtype {
  const dtype = DTYPES[code - 1]
  if (dtype === undefined) throw new RigpoolError('E_UNSUPPORTED_DTYPE', `unsupported dtype code ${code}`)
  return dtype
}

export function isDtype(value: string): value is Dtype {
  return (DTYPES as readonly string[]).includes(value)
}

/** Number of elements of `dims`, validated. */
export function elementCount(dims: readonly number[]): number {
  if (dims.length > MAX_TENSOR_RANK) throw new RigpoolError('E_BAD_TENSOR', `rank ${dims.length} exceeds ${MAX_TENSOR_RANK}`)
  let n = 1
  for (const d of dims) {
    if (!Number.isInteger(d) || d < 0) throw new RigpoolError('E_BAD_TENSOR', `bad dimension ${d}`)
    n *= d
    if (n > MAX_TENSOR_ELEMENTS) throw new RigpoolError('E_BAD_TENSOR', `tensor of more than ${MAX_TENSOR_ELEMENTS} elements`)
  }
  return n
}

/** Copies bytes into a fresh buffer: frames are views at arbitrary offsets (DESIGN.md §4). */
export function copyBytes(view: Uint8Array): Uint8Array {
  const out = new Uint8Array(view.byteLength)
  out.set(view)
  return out
}

/** Builds a validated WireTensor, checking bytes = elements × dtype size. */
export function makeWireTensor(dtype: Dtype, dims: readonly number[], data: Uint8Array, copy = true): WireTensor {
  const expected = elementCount(dims) * DTYPE_BYTES[dtype]
  if (data.byteLength !== expected) {
    throw new RigpoolError(
      'E_BAD_TENSOR',
      `tensor ${dtype}[${dims.join(',')}] needs ${expected} bytes, got ${data.byteLength}`,
    )
  }
  return { dtype, dims: [...dims], data: copy || data.byteOffset !== 0 ? copyBytes(data) : data }
}

/** Decodes a wire tensor message (validated, bytes copied out of the frame). */
export function tensorFromMessage(msg: WireTensorMessage): WireTensor {
  return makeWireTensor(dtypeFromCode(msg.dtype), msg.dims, msg.data, true)
}

/** Encodes a tensor (with a name) as a wire message. */
export function tensorToMessage(name: string, t: WireTensor): WireTensorMessage {
  return { name, dtype: dtypeCode(t.dtype), dims: t.dims, data: t.data as Uint8Array<ArrayBuffer> }
}

/** Named wire messages → a name-keyed map; a repeated name is a typed error. */
export function namedFromMessages(msgs: readonly WireTensorMessage[]): NamedTensors {
  // A null-prototype map: a tensor named "__proto__" must be an ordinary key.
  const out: NamedTensors = Object.create(null) as NamedTensors
  for (const m of msgs) {
    if (m.name === '') throw new RigpoolError('E_BAD_TENSOR', 'tensor without a name')
    if (Object.hasOwn(out, m.name)) throw new RigpoolError('E_BAD_TENSOR', `tensor ${m.name} given twice`)
    out[m.name] = tensorFromMessage(m)
  }
  return out
}

export function namedToMessages(tensors: NamedTensors): WireTensorMessage[] {
  return Object.entries(tensors).map(([name, t]) => tensorToMessage(name, t))
}

/** Any typed array a tensor's elements can be held in. */
export type TypedArray =
  | Float32Array
  | Float64Array
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array

const ARRAY_OF: Record<Dtype, new (buffer: ArrayBuffer, byteOffset: number, length: number) => TypedArray> = {
  float32: Float32Array,
  float64: Float64Array,
  float16: Uint16Array,
  int8: Int8Array,
  uint8: Uint8Array,
  int16: Int16Array,
  uint16: Uint16Array,
  int32: Int32Array,
  uint32: Uint32Array,
  int64: BigInt64Array,
  uint64: BigUint64Array,
  bool: Uint8Array,
}

/** A typed array over the tensor's own bytes (no copy; data is owned and aligned). */
export function typedView(t: WireTensor): TypedArray {
  const data = t.data.byteOffset % 8 === 0 ? t.data : copyBytes(t.data)
  return new ARRAY_OF[t.dtype](data.buffer as ArrayBuffer, data.byteOffset, data.byteLength / DTYPE_BYTES[t.dtype])
}

/** Wire tensor → ORT tensor (shares the wire tensor's owned bytes). */
export function toOrtTensor(t: WireTensor): OrtTensor {
  return new OrtTensor(t.dtype, typedView(t) as never, t.dims)
}

/** ORT tensor → wire tensor (copies its bytes). Non-numeric dtypes are refused. */
export function fromOrtTensor(t: OrtTensor): WireTensor {
  if (!isDtype(t.type)) throw new RigpoolError('E_UNSUPPORTED_DTYPE', `unsupported tensor type ${t.type}`)
  if (t.location !== 'cpu') throw new RigpoolError('E_BAD_TENSOR', `tensor on ${t.location}: download it first`)
  const src = t.data as TypedArray
  const bytes = new Uint8Array(src.buffer, src.byteOffset, src.byteLength)
  return makeWireTensor(t.type, t.dims as number[], bytes, true)
}

/** Wraps a typed array as a wire tensor (copies). */
export function wireTensor(dtype: Dtype, dims: readonly number[], data: TypedArray): WireTensor {
  return makeWireTensor(dtype, dims, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), true)
}

/** True when two wire tensors have the same dtype, dims and bytes. */
export function tensorsEqual(a: WireTensor, b: WireTensor): boolean {
  return (
    a.dtype === b.dtype &&
    a.dims.length === b.dims.length &&
    a.dims.every((d, i) => d === b.dims[i]) &&
    Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength).equals(
      Buffer.from(b.data.buffer, b.data.byteOffset, b.data.byteLength),
    )
  )
}
