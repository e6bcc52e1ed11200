import { RigpoolError } from '../errors.ts'
import type { Dtype } from '../tensor.ts'
import { onnx, toNumber, type OnnxTypes } from './proto.ts'
import { DEFAULT_MAX_MODEL_BYTES } from '../ids.ts'

/** A model input or output: symbolic dims are strings, unknown ones '?'. */
export interface TensorSpec {
  name: string
  dtype: Dtype
  shape: Array<number | string>
}

/** What a model takes and gives, read from its bytes without running it. */
export interface ModelSignature {
  inputs: TensorSpec[]
  outputs: TensorSpec[]
  /** 0 when every input and output has a symbolic first dim (items may be batched), else null. */
  batchAxis: 0 | null
  /** Opset version per domain ('' is the default ONNX domain). */
  opsets: Record<string, number>
  sizeBytes: number
}

/** Models above this many bytes are refused unless the caller sets another cap. */
export { DEFAULT_MAX_MODEL_BYTES }

/**
 * Operator domains that onnxruntime implements itself. Anything else needs a custom-op
 * library, which we never load (DESIGN.md §6, untrusted models).
 */
export const STANDARD_DOMAINS: ReadonlySet<string> = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'com.microsoft',
  'com.microsoft.nchwc',
  'com.ms.internal.nhwc',
])

/** ONNX TensorProto.DataType → our dtype; absent means unsupported (string, complex, bfloat16…). */
const DTYPE_OF_ELEM: Readonly<Record<number, Dtype>> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
}

/** ONNX element type of one of our dtypes (for model builders and tests). */
export function onnxElemType(dtype: Dtype): number {
  const found = Object.entries(DTYPE_OF_ELEM).find(([, d]) => d === dtype)
  if (found === undefined) throw new RigpoolError('E_UNSUPPORTED_DTYPE', `no ONNX type for ${dtype}`)
  return Number(found[0])
}

export interface InspectOptions {
  maxBytes?: number
}

/**
 * Reads a model's signature and refuses what we never run: non-ONNX bytes, external
 * data, custom-op domains, non-numeric inputs/outputs, oversized models.
 */
export function inspectModel(bytes: Uint8Array, options: InspectOptions = {}): ModelSignature {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_MODEL_BYTES
  if (bytes.byteLength > maxBytes) {
    throw new RigpoolError('E_MODEL_TOO_LARGE', `model of ${bytes.byteLength} bytes exceeds the cap of ${maxBytes}`)
  }
  let model: OnnxTypes.ModelProto
  try {
    model = onnx.ModelProto.decode(bytes)
  } catch (err) {
    throw new RigpoolError('E_BAD_MODEL', 'not an ONNX model (protobuf decode failed)', { cause: err })
  }
  const graph = model.graph
  // Protobuf decoding is lenient (empty bytes decode to an empty message): insist on the
  // fields every real model has.
  if (graph === null || graph === undefined || toNumber(model.irVersion) <= 0 || (graph.output ?? []).length === 0) {
    throw new RigpoolError('E_BAD_MODEL', 'not an ONNX model (no graph, ir_version or outputs)')
  }
  const opsets: Record<string, number> = {}
  for (const o of model.opsetImport) opsets[o.domain ?? ''] = toNumber(o.version)

  // Nodes may call functions defined in the model itself; those domains are fine.
  const allowed = new Set(STANDARD_DOMAINS)
  for (const f of model.functions) allowed.add(f.domain ?? '')
  checkGraph(graph, allowed)
  for (const f of model.functions) for (const n of f.node ?? []) checkNode(n, allowed)

  const initializerNames = new Set((graph.initializer ?? []).map((t) => t.name ?? ''))
  // Before IR 4 initializers were also listed as graph inputs: they are not fed by callers.
  const inputs = (graph.input ?? []).filter((v) => !initializerNames.has(v.name ?? '')).map(tensorSpec)
  const outputs = (graph.output ?? []).map(tensorSpec)
  const isSymbolic = (s: TensorSpec): boolean => s.shape.length > 0 && typeof s.shape[0] === 'string'
  const batchAxis = inputs.length > 0 && [...inputs, ...outputs].every(isSymbolic) ? 0 : null
  return { inputs, outputs, batchAxis, opsets, sizeBytes: bytes.byteLength }
}

function tensorSpec(v: OnnxTypes.IValueInfoProto): TensorSpec {
  const name = v.name ?? ''
  const tt = v.type?.tensorType
  if (tt === null || tt === undefined) {
    throw new RigpoolError('E_UNSUPPORTED_DTYPE', `${name} is not a tensor (sequence, map or optional)`)
  }
  const dtype = DTYPE_OF_ELEM[tt.elemType ?? 0]
  if (dtype === undefined) {
    throw new RigpoolError('E_UNSUPPORTED_DTYPE', `${name} has ONNX element type ${tt.elemType}, not a numeric dtype`)
  }
  const shape = (tt.shape?.dim ?? []).map((d): number | string => {
    if (d.dimParam !== null && d.dimParam !== undefined && d.dimParam !== '') return d.dimParam
    if (d.dimValue !== null && d.dimValue !== undefined) return toNumber(d.dimValue)
    return '?'
  })
  return { name, dtype, shape }
}

function checkGraph(graph: OnnxTypes.IGraphProto, allowed: ReadonlySet<string>): void {
  for (const t of graph.initializer ?? []) checkTensor(t)
  for (const s of graph.sparseInitializer ?? []) checkSparse(s)
  for (const n of graph.node ?? []) checkNode(n, allowed)
}

function checkNode(node: OnnxTypes.INodeProto, allowed: ReadonlySet<string>): void {
  const domain = node.domain ?? ''
  if (!allowed.has(domain)) {
    throw new RigpoolError(
      'E_BAD_MODEL',
      `operator ${domain}:${node.opType} needs a custom-op library, which is never loaded`,
    )
  }
  // Control-flow ops (If, Loop, Scan) carry subgraphs, and Constant carries tensors.
  for (const a of node.attribute ?? []) {
    if (a.t) checkTensor(a.t)
    for (const t of a.tensors ?? []) checkTensor(t)
    if (a.sparseTensor) checkSparse(a.sparseTensor)
    for (const s of a.sparseTensors ?? []) checkSparse(s)
    if (a.g) checkGraph(a.g, allowed)
    for (const g of a.graphs ?? []) checkGraph(g, allowed)
  }
}

function checkSparse(s: OnnxTypes.ISparseTensorProto): void {
  if (s.values) checkTensor(s.values)
  if (s.indices) checkTensor(s.indices)
}

function checkTensor(t: OnnxTypes.ITensorProto): void {
  if (t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL || (t.externalData ?? []).length > 0) {
    throw new RigpoolError(
      'E_BAD_MODEL',
      `tensor ${t.name ?? ''} has external data: a model must be one self-contained file`,
    )
  }
}
