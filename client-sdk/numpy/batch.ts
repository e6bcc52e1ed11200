// NumPy arrays as developers hold a batch: one array per model input with the item axis
// first. Item i is slice i along axis 0, keeping a leading 1 as the model's batch dim.
import { DTYPE_BYTES, elementCount, RigpoolError, type NamedTensors, type WireTensor } from '../../protocol/index.ts'
import { describeInputs, type ModelSignature } from '../../protocol/onnx/index.ts'

/** A batch ready to submit: per-item tensors and tensors sent once. */
export interface SplitBatch {
  items: NamedTensors[]
  shared: NamedTensors
}

const mismatch = (sig: ModelSignature, what: string): never => {
  throw new RigpoolError('E_INPUT_MISMATCH', `${what}; the model expects ${describeInputs(sig)}`, { details: { expected: sig.inputs } })
}

/** Rows [start, start+count) of a tensor along axis 0, as a new tensor. */
export function sliceRows(t: WireTensor, start: number, count: number, keepAxis: boolean): WireTensor {
  const rowBytes = elementCount(t.dims.slice(1)) * DTYPE_BYTES[t.dtype]
  const data = Uint8Array.from(t.data.subarray(start * rowBytes, (start + count) * rowBytes))
  return { dtype: t.dtype, dims: keepAxis ? [count, ...t.dims.slice(1)] : t.dims.slice(1), data }
}

/**
 * Splits arrays (item axis first) into items for a model; inputs in `shared` are sent
 * once. An array of the model input's rank keeps a leading 1 per item ([N,3,48,192] →
 * [1,3,48,192]); an array of one rank more is indexed ([N,1,3] → [1,3]).
 */
export function splitBatch(sig: ModelSignature, arrays: NamedTensors, shared: NamedTensors = {}): SplitBatch {
  const known = new Set(sig.inputs.map((s) => s.name))
  for (const name of [...Object.keys(arrays), ...Object.keys(shared)]) {
    if (!known.has(name)) mismatch(sig, `the model has no input ${name}`)
  }
  let count: number | undefined
  const perItem: Array<{ name: string; t: WireTensor; keepAxis: boolean }> = []
  for (const spec of sig.inputs) {
    if (Object.hasOwn(shared, spec.name)) {
      if (Object.hasOwn(arrays, spec.name)) mismatch(sig, `input ${spec.name} given both per item and shared`)
      continue
    }
    const t = arrays[spec.name]
    if (t === undefined) return mismatch(sig, `input ${spec.name} is missing (give it per item, or once as a shared input)`)
    const rank = spec.shape.length
    if (t.dims.length !== rank && t.dims.length !== rank + 1) {
      mismatch(sig, `array ${spec.name} is ${t.dtype}[${t.dims.join(',')}]: rank ${t.dims.length}, need ${rank} or ${rank + 1} with the item axis first`)
    }
    if (t.dims.length === 0) mismatch(sig, `array ${spec.name} is a scalar; per-item arrays need an item axis`)
    const n = t.dims[0]!
    if (count !== undefined && n !== count) mismatch(sig, `array ${spec.name} has ${n} items, others have ${count}`)
    count = n
    perItem.push({ name: spec.name, t, keepAxis: t.dims.length === rank })
  }
  if (count === undefined) mismatch(sig, 'every input is shared: there are no items')
  if (count === 0) mismatch(sig, 'the arrays hold zero items')
  const items: NamedTensors[] = []
  for (let i = 0; i < count!; i++) {
    const item: NamedTensors = {}
    for (const p of perItem) item[p.name] = sliceRows(p.t, i, 1, p.keepAxis)
    items.push(item)
  }
  return { items, shared }
}

/** Joins items' outputs along axis 0 (each item's leading dim is kept and summed). */
export function joinItems(results: NamedTensors[]): NamedTensors {
  const out: NamedTensors = {}
  if (results.length === 0) return out
  for (const name of Object.keys(results[0]!)) {
    const parts = results.map((r, i) => {
      const t = r[name]
      if (t === undefined) throw new RigpoolError('E_BAD_TENSOR', `item ${i} has no output ${name}`)
      return t
    })
    const first = parts[0]!
    const scalar = first.dims.length === 0
    const rest = scalar ? [] : first.dims.slice(1)
    let rows = 0
    for (const [i, t] of parts.entries()) {
      const same = t.dtype === first.dtype && t.dims.length === first.dims.length && (scalar || t.dims.slice(1).every((d, k) => d === rest[k]))
      if (!same) {
        throw new RigpoolError('E_BAD_TENSOR', `output ${name} of item ${i} is ${t.dtype}[${t.dims.join(',')}], item 0 is ${first.dtype}[${first.dims.join(',')}]: they cannot be stacked; write one file per item instead`)
      }
      rows += scalar ? 1 : t.dims[0]!
    }
    out[name] = { dtype: first.dtype, dims: [rows, ...rest], data: new Uint8Array(Buffer.concat(parts.map((t) => t.data))) }
  }
  return out
}
