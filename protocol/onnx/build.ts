import { onnx, type OnnxTypes } from './proto.ts'

/** A tensor element type in ONNX's numbering (TensorProto.DataType). */
export const ONNX_FLOAT = 1

/** One graph input or output: name, element type, dims (a string is a symbolic dim). */
export interface ValueSpec {
  name: string
  elemType?: number
  shape: Array<number | string>
}

/** Everything a small hand-built model needs; used by generators and tests. */
export interface GraphSpec {
  name: string
  nodes: OnnxTypes.INodeProto[]
  inputs: ValueSpec[]
  outputs: ValueSpec[]
  initializers?: OnnxTypes.ITensorProto[]
  /** Opsets imported, default [{ domain: '', version: 17 }]. */
  opsets?: Array<{ domain: string; version: number }>
  irVersion?: number
}

/** A ValueInfoProto for a tensor (float32 unless told). */
export function valueInfo(v: ValueSpec): OnnxTypes.IValueInfoProto {
  return {
    name: v.name,
    type: {
      tensorType: {
        elemType: v.elemType ?? ONNX_FLOAT,
        shape: { dim: v.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  }
}

/** A float32 initializer with raw little-endian bytes. */
export function floatInitializer(name: string, dims: number[], values: Float32Array): OnnxTypes.ITensorProto {
  return {
    name,
    dims,
    dataType: ONNX_FLOAT,
    rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
  }
}

/** Serialises a graph as an ONNX model (ir_version 8, opset 17 unless told). */
export function encodeModel(spec: GraphSpec): Uint8Array {
  const model: OnnxTypes.IModelProto = {
    irVersion: spec.irVersion ?? 8,
    producerName: 'rigpool',
    opsetImport: (spec.opsets ?? [{ domain: '', version: 17 }]).map((o) => ({ domain: o.domain, version: o.version })),
    graph: {
      name: spec.name,
      node: spec.nodes,
      input: spec.inputs.map(valueInfo),
      output: spec.outputs.map(valueInfo),
      initializer: spec.initializers ?? [],
    },
  }
  // protobufjs returns a Node Buffer (maybe pooled): hand back plain, owned bytes.
  return new Uint8Array(onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish())
}

/** The smallest useful model, y = Relu(x) over float32 [N]: used to probe an execution provider. */
export function probeModel(): Uint8Array {
  return encodeModel({
    name: 'rigpool-probe',
    nodes: [{ opType: 'Relu', input: ['x'], output: ['y'] }],
    inputs: [{ name: 'x', shape: ['N'] }],
    outputs: [{ name: 'y', shape: ['N'] }],
  })
}
