// Inputs and outputs as developers hold them: ORT tensors, typed arrays, or wire tensors.
import type { Tensor as OrtTensor } from 'onnxruntime-node'
import { fromOrtTensor, isDtype, makeWireTensor, RigpoolError, toOrtTensor, type Dtype, type NamedTensors, type TypedArray, type WireTensor } from '../protocol/index.ts'

export type { TypedArray }

/** One input: an onnxruntime tensor, a typed array with dims, or raw little-endian bytes with a dtype. */
export type TensorInput = OrtTensor | WireTensor | { data: TypedArray; dims: readonly number[]; dtype?: Dtype }
/** Inputs by model input name. */
export type Feeds = Record<string, TensorInput>
/** Outputs as onnxruntime tensors, by output name. */
export type OrtFeeds = Record<string, OrtTensor>

const DTYPE_OF_ARRAY: Array<[new (...args: never[]) => TypedArray, Dtype]> = [
  [Float32Array, 'float32'],
  [Float64Array, 'float64'],
  [Int8Array, 'int8'],
  [Uint8Array, 'uint8'],
  [Int16Array, 'int16'],
  [Uint16Array, 'uint16'],
  [Int32Array, 'int32'],
  [Uint32Array, 'uint32'],
  [BigInt64Array, 'int64'],
  [BigUint64Array, 'uint64'],
]

function isOrtTensor(t: TensorInput): t is OrtTensor {
  return typeof (t as OrtTensor).type === 'string' && typeof (t as OrtTensor).location === 'string'
}

/** One input as a wire tensor (bytes copied). */
export function toWireTensor(name: string, t: TensorInput): WireTensor {
  if (isOrtTensor(t)) return fromOrtTensor(t)
  const dims = [...t.dims]
  if (!dims.every((d) => Number.isSafeInteger(d) && d >= 0)) throw new RigpoolError('E_BAD_TENSOR', `input ${name}: dims must be non-negative integers`)
  const { data, dtype } = t
  if (data instanceof Uint8Array && dtype !== undefined && dtype !== 'uint8' && dtype !== 'bool') {
    if (!isDtype(dtype)) throw new RigpoolError('E_UNSUPPORTED_DTYPE', `input ${name}: unsupported dtype ${String(dtype)}`)
    return makeWireTensor(dtype, dims, data, true)
  }
  const found = DTYPE_OF_ARRAY.find(([ctor]) => data instanceof ctor)
  if (found === undefined) throw new RigpoolError('E_BAD_TENSOR', `input ${name}: data must be a typed array`)
  let inferred = found[1]
  // float16 arrives as raw 16-bit words, bool as bytes: the caller says which.
  if (dtype === 'float16' && inferred === 'uint16') inferred = 'float16'
  if (dtype === 'bool' && inferred === 'uint8') inferred = 'bool'
  if (dtype !== undefined && dtype !== inferred) throw new RigpoolError('E_BAD_TENSOR', `input ${name}: dtype ${dtype} does not match a ${data.constructor.name}`)
  return makeWireTensor(inferred, dims, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), true)
}

/** Inputs by name as wire tensors. */
export function toWireFeeds(feeds: Feeds): NamedTensors {
  const out: NamedTensors = {}
  for (const [name, t] of Object.entries(feeds)) out[name] = toWireTensor(name, t)
  return out
}

/** Wire tensors as onnxruntime tensors (sharing their bytes). */
export function toOrtFeeds(tensors: NamedTensors): OrtFeeds {
  const out: OrtFeeds = {}
  for (const [name, t] of Object.entries(tensors)) out[name] = toOrtTensor(t)
  return out
}
