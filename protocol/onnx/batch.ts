import { RigpoolError } from '../errors.ts'
import { makeWireTensor, type NamedTensors, type WireTensor } from '../tensor.ts'
import type { ModelSignature } from './inspect.ts'

/** A run of consecutive items: items[first .. first + count). */
export interface BatchRange {
  first: number
  count: number
}

function shapeKey(item: NamedTensors): string {
  return Object.keys(item)
    .sort()
    .map((k) => `${k}:${item[k]!.dtype}[${item[k]!.dims.join(',')}]`)
    .join(';')
}

/**
 * Splits items into runs of consecutive items with identical names, dtypes and shapes,
 * at most `maxBatch` long. Never pads: padding changes outputs.
 */
export function groupBatches(items: readonly NamedTensors[], maxBatch: number): BatchRange[] {
  const limit = Math.max(1, Math.floor(maxBatch))
  const out: BatchRange[] = []
  let key = ''
  for (let i = 0; i < items.length; i++) {
    const k = shapeKey(items[i]!)
    const last = out[out.length - 1]
    if (last !== undefined && k === key && last.count < limit) last.count++
    else out.push({ first: i, count: 1 })
    key = k
  }
  return out
}

/**
 * The batches to run for a job. Items are batched only when the model has a batch axis
 * (every input and output has a symbolic first dim). A shared input then also carries
 * that axis, so it is tiled once per item; that is only the same computation when its
 * first dim equals the items' first dim, otherwise every item runs alone.
 */
export function planBatches(
  sig: ModelSignature,
  items: readonly NamedTensors[],
  shared: NamedTensors,
  maxBatch: number,
): BatchRange[] {
  if (sig.batchAxis === null || maxBatch <= 1) return items.map((_, i) => ({ first: i, count: 1 }))
  const sharedFirst = Object.values(shared).map((t) => t.dims[0])
  return groupBatches(items, maxBatch).flatMap((b) => {
    const item = items[b.first]!
    const itemFirst = Object.values(item).map((t) => t.dims[0])
    const canTile = sharedFirst.every((d) => d !== undefined && itemFirst.every((f) => f === d))
    if (b.count === 1 || canTile) return [b]
    return Array.from({ length: b.count }, (_, j) => ({ first: b.first + j, count: 1 }))
  })
}

/** The session feeds of one batch: item tensors concatenated on axis 0, shared ones tiled. */
export function batchFeeds(items: readonly NamedTensors[], shared: NamedTensors, batch: BatchRange): NamedTensors {
  const slice = items.slice(batch.first, batch.first + batch.count)
  if (batch.count === 1) return { ...shared, ...slice[0]! }
  const feeds: NamedTensors = {}
  for (const name of Object.keys(slice[0]!)) feeds[name] = concatBatch(slice.map((it) => it[name]!))
  for (const [name, t] of Object.entries(shared)) feeds[name] = concatBatch(Array<WireTensor>(batch.count).fill(t))
  return feeds
}

/** Concatenates tensors of identical dtype and trailing dims along axis 0 (byte copy). */
export function concatBatch(tensors: readonly WireTensor[]): WireTensor {
  const first = tensors[0]
  if (first === undefined) throw new RigpoolError('E_INTERNAL', 'concatBatch of nothing')
  if (first.dims.length === 0) throw new RigpoolError('E_INPUT_MISMATCH', 'a scalar has no batch axis')
  const tail = first.dims.slice(1).join(',')
  let rows = 0
  let bytes = 0
  for (const t of tensors) {
    if (t.dtype !== first.dtype || t.dims.slice(1).join(',') !== tail || t.dims.length !== first.dims.length) {
      throw new RigpoolError(
        'E_INPUT_MISMATCH',
        `cannot batch ${t.dtype}[${t.dims}] with ${first.dtype}[${first.dims}]`,
      )
    }
    rows += t.dims[0]!
    bytes += t.data.byteLength
  }
  const data = new Uint8Array(bytes)
  let offset = 0
  for (const t of tensors) {
    data.set(t.data, offset)
    offset += t.data.byteLength
  }
  return makeWireTensor(first.dtype, [rows, ...first.dims.slice(1)], data, false)
}

/** Splits a tensor into `parts` equal slices along axis 0 (byte copies). */
export function splitBatch(tensor: WireTensor, parts: number): WireTensor[] {
  const rows = tensor.dims[0]
  if (rows === undefined || rows % parts !== 0) {
    throw new RigpoolError(
      'E_INFERENCE_FAILED',
      `output ${tensor.dtype}[${tensor.dims}] cannot be split into ${parts} items along axis 0`,
    )
  }
  const per = tensor.data.byteLength / parts
  const dims = [rows / parts, ...tensor.dims.slice(1)]
  return Array.from({ length: parts }, (_, i) =>
    makeWireTensor(tensor.dtype, dims, tensor.data.subarray(i * per, (i + 1) * per), true),
  )
}

/** Splits every output of a batch run into per-item outputs, in item order. */
export function splitOutputs(outputs: NamedTensors, count: number): NamedTensors[] {
  if (count === 1) return [outputs]
  const items: NamedTensors[] = Array.from({ length: count }, () => ({}))
  for (const [name, t] of Object.entries(outputs)) {
    splitBatch(t, count).forEach((part, i) => {
      items[i]![name] = part
    })
  }
  return items
}
