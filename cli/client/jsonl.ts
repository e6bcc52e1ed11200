// JSON lines for people who hold their data as JSON: one item per line, an object of
// input name → nested number array; outputs written back the same way.
import { readFileSync } from 'node:fs'
import { RigpoolError, typedView, wireTensor, type NamedTensors, type WireTensor } from '../../protocol/index.ts'
import type { ModelSignature } from '../../protocol/onnx/index.ts'

type Nested = number | boolean | string | Nested[]

function shapeOf(value: Nested, where: string): number[] {
  const dims: number[] = []
  let v: Nested = value
  while (Array.isArray(v)) {
    dims.push(v.length)
    if (v.length === 0) break
    v = v[0]!
  }
  if (dims.length === 0) throw new RigpoolError('E_BAD_TENSOR', `${where}: expected an array`)
  return dims
}

function flatten(value: Nested, dims: readonly number[], where: string, out: Array<number | bigint | boolean>, depth = 0): void {
  if (depth === dims.length) {
    if (Array.isArray(value)) throw new RigpoolError('E_BAD_TENSOR', `${where}: ragged array`)
    if (typeof value === 'string') {
      if (!/^-?\d+$/.test(value)) throw new RigpoolError('E_BAD_TENSOR', `${where}: ${JSON.stringify(value)} is not an integer`)
      out.push(BigInt(value))
    } else out.push(value)
    return
  }
  if (!Array.isArray(value) || value.length !== dims[depth]) throw new RigpoolError('E_BAD_TENSOR', `${where}: ragged array`)
  for (const v of value) flatten(v, dims, where, out, depth + 1)
}

/** One JSON value → a tensor of the model input's dtype; a missing leading batch dim of 1 is added. */
function toTensor(value: Nested, spec: ModelSignature['inputs'][number], where: string): WireTensor {
  let dims = shapeOf(value, where)
  const flat: Array<number | bigint | boolean> = []
  flatten(value, dims, where, flat)
  if (dims.length + 1 === spec.shape.length) dims = [1, ...dims]
  const big = spec.dtype === 'int64' || spec.dtype === 'uint64'
  if (flat.some((x) => typeof x === 'number' && !Number.isFinite(x) && !spec.dtype.startsWith('float'))) {
    throw new RigpoolError('E_BAD_TENSOR', `${where}: non-finite value for ${spec.dtype}`)
  }
  const values = flat.map((x) => (big ? BigInt(typeof x === 'boolean' ? Number(x) : x) : Number(x)))
  switch (spec.dtype) {
    case 'float32':
      return wireTensor('float32', dims, Float32Array.from(values as number[]))
    case 'float64':
      return wireTensor('float64', dims, Float64Array.from(values as number[]))
    case 'int8':
      return wireTensor('int8', dims, Int8Array.from(values as number[]))
    case 'uint8':
    case 'bool':
      return wireTensor(spec.dtype, dims, Uint8Array.from(values as number[]))
    case 'int16':
      return wireTensor('int16', dims, Int16Array.from(values as number[]))
    case 'uint16':
      return wireTensor('uint16', dims, Uint16Array.from(values as number[]))
    case 'int32':
      return wireTensor('int32', dims, Int32Array.from(values as number[]))
    case 'uint32':
      return wireTensor('uint32', dims, Uint32Array.from(values as number[]))
    case 'int64':
      return wireTensor('int64', dims, BigInt64Array.from(values as bigint[]))
    case 'uint64':
      return wireTensor('uint64', dims, BigUint64Array.from(values as bigint[]))
    case 'float16':
      throw new RigpoolError('E_UNSUPPORTED_DTYPE', `${where}: float16 inputs take .npy files, not JSON`)
  }
}

/** Reads a .jsonl batch: one item per line; names not on a line but in every line's absence are errors. */
export function readJsonl(path: string, sig: ModelSignature): NamedTensors[] {
  const text = readFileSync(path, 'utf8')
  const items: NamedTensors[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    const where = `${path}:${i + 1}`
    let obj: unknown
    try {
      obj = JSON.parse(line)
    } catch (err) {
      throw new RigpoolError('E_BAD_TENSOR', `${where}: not JSON`, { cause: err })
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new RigpoolError('E_BAD_TENSOR', `${where}: expected an object of input name → array`)
    const item: NamedTensors = Object.create(null) as NamedTensors
    for (const [name, value] of Object.entries(obj as Record<string, Nested>)) {
      const spec = sig.inputs.find((s) => s.name === name)
      if (spec === undefined) throw new RigpoolError('E_INPUT_MISMATCH', `${where}: the model has no input ${name}`)
      item[name] = toTensor(value, spec, `${where} ${name}`)
    }
    items.push(item)
  })
  if (items.length === 0) throw new RigpoolError('E_CONFIG', `no items in ${path}`)
  return items
}

function nest(flat: ArrayLike<number | bigint>, dims: readonly number[]): unknown {
  if (dims.length === 0) return flat[0]
  const [d, ...rest] = dims
  const size = rest.reduce((a, b) => a * b, 1)
  return Array.from({ length: d! }, (_, i) => nest(Array.prototype.slice.call(flat, i * size, (i + 1) * size) as Array<number | bigint>, rest))
}

/** One item's outputs as a JSON line (64-bit integers as strings, so nothing is rounded). */
export function jsonlLine(outputs: NamedTensors): string {
  const obj: Record<string, unknown> = {}
  for (const [name, t] of Object.entries(outputs)) {
    if (t.dtype === 'float16') throw new RigpoolError('E_UNSUPPORTED_DTYPE', `output ${name} is float16: use .npz`)
    obj[name] = nest(typedView(t) as unknown as ArrayLike<number | bigint>, t.dims)
  }
  return JSON.stringify(obj, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
}
