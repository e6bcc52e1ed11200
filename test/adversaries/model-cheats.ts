// Cheating models made with onnx-proto: the same graph with perturbed, half-precision or
// int8-quantised weights (initializers and Constant nodes). Test and bench code only.
import { onnx, type OnnxTypes } from '../../protocol/onnx/index.ts'
import { seededRandom } from '../../provider-agent/benchmark/prng.ts'

const FLOAT = 1

function floatsOf(t: OnnxTypes.ITensorProto): Float32Array | undefined {
  if (t.dataType !== FLOAT) return undefined
  if (t.rawData && t.rawData.byteLength > 0) return new Float32Array(new Uint8Array(t.rawData).buffer.slice(0))
  if (t.floatData && t.floatData.length > 0) return Float32Array.from(t.floatData)
  return undefined
}

function setFloats(t: OnnxTypes.ITensorProto, values: Float32Array): void {
  t.rawData = new Uint8Array(values.buffer, values.byteOffset, values.byteLength)
  t.floatData = []
}

/**
 * Rewrites every float weight tensor (initializers and Constant values) of at least
 * `minElements` with `fn`; smaller ones are hyper-parameters (Resize scales, Clip bounds)
 * whose change would break shapes rather than cheat.
 */
export function mapWeights(bytes: Uint8Array, fn: (values: Float32Array) => Float32Array, minElements = 16): Uint8Array {
  const model = onnx.ModelProto.decode(bytes)
  const tensors: OnnxTypes.ITensorProto[] = [...(model.graph?.initializer ?? [])]
  for (const node of model.graph?.node ?? []) {
    if (node.opType !== 'Constant') continue
    for (const a of node.attribute ?? []) if (a.name === 'value' && a.t) tensors.push(a.t)
  }
  for (const t of tensors) {
    const values = floatsOf(t)
    if (values !== undefined && values.length >= minElements) setFloats(t, fn(values))
  }
  return new Uint8Array(onnx.ModelProto.encode(model).finish())
}

/** Weights × (1 + sigma·N(0,1)): a "close enough" model that is not the job's. */
export function weightNoiseModel(bytes: Uint8Array, sigma = 1e-4, seed = 7): Uint8Array {
  const rand = seededRandom(seed)
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())
  return mapWeights(bytes, (v) => v.map((x) => x * (1 + sigma * gauss())))
}

/** Rounds a number to the nearest float16 value (as a float32 model would hold it). */
export function roundToHalf(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x
  const a = Math.abs(x)
  if (a >= 65520) return Math.sign(x) * Infinity
  if (a < 2 ** -14) return Math.round(x / 2 ** -24) * 2 ** -24
  const ulp = 2 ** (Math.floor(Math.log2(a)) - 10)
  return Math.round(x / ulp) * ulp
}

/** Weights rounded through float16: what an fp16 provider really computes with. */
export function fp16Model(bytes: Uint8Array): Uint8Array {
  return mapWeights(bytes, (v) => v.map(roundToHalf))
}

/** Weights quantised to int8 per tensor (symmetric) and dequantised: an int8 provider's weights. */
export function int8Model(bytes: Uint8Array): Uint8Array {
  return mapWeights(bytes, (v) => {
    let max = 0
    for (const x of v) max = Math.max(max, Math.abs(x))
    if (max === 0) return v
    const scale = max / 127
    return v.map((x) => Math.round(x / scale) * scale)
  })
}
