import { encodeModel, floatInitializer, type OnnxTypes } from '../../protocol/onnx/index.ts'
import { wireTensor, type WireTensor } from '../../protocol/tensor.ts'
import { seededFloats } from './prng.ts'

export interface MlpConfig {
  inputSize: number
  hiddenSizes: number[]
  outputSize: number
  seed: number
  dtype?: 'float32'
}

export interface MlpModel {
  bytes: Uint8Array
  /** Exact floating-point operations per item: 2·a·b per MatMul, b per Add and per Relu. */
  flopsPerItem: number
  inputName: string
  outputName: string
  inputSize: number
  outputSize: number
}

/** The benchmark's standard model: 512-2048-2048-512, ~12.6 MFLOP per item, 25 MB. */
export const STANDARD_MLP: MlpConfig = { inputSize: 512, hiddenSizes: [2048, 2048], outputSize: 512, seed: 1 }

/**
 * A deterministic MLP (MatMul+Add+Relu per hidden layer, MatMul+Add last) with a dynamic
 * batch dim 'N', opset 17, ir_version 8: the same config always gives the same bytes.
 */
export function mlpModel(config: MlpConfig): MlpModel {
  const sizes = [config.inputSize, ...config.hiddenSizes, config.outputSize]
  const nodes: OnnxTypes.INodeProto[] = []
  const initializers: OnnxTypes.ITensorProto[] = []
  let flopsPerItem = 0
  let current = 'x'
  for (let i = 0; i + 1 < sizes.length; i++) {
    const [a, b] = [sizes[i]!, sizes[i + 1]!]
    const isLast = i + 2 === sizes.length
    // Xavier-uniform scale keeps activations O(1) through the layers, so outputs stay finite.
    const scale = Math.sqrt(6 / (a + b))
    initializers.push(floatInitializer(`w${i}`, [a, b], seededFloats(a * b, config.seed * 1000 + i * 2, scale)))
    initializers.push(floatInitializer(`b${i}`, [b], seededFloats(b, config.seed * 1000 + i * 2 + 1, 0.1)))
    nodes.push({ opType: 'MatMul', input: [current, `w${i}`], output: [`mm${i}`], name: `matmul${i}` })
    const added = isLast ? 'y' : `add${i}`
    nodes.push({ opType: 'Add', input: [`mm${i}`, `b${i}`], output: [added], name: `add${i}` })
    flopsPerItem += 2 * a * b + b
    if (!isLast) {
      nodes.push({ opType: 'Relu', input: [added], output: [`h${i}`], name: `relu${i}` })
      flopsPerItem += b
      current = `h${i}`
    }
  }
  const bytes = encodeModel({
    name: `mlp-${sizes.join('-')}-s${config.seed}`,
    nodes,
    initializers,
    inputs: [{ name: 'x', shape: ['N', config.inputSize] }],
    outputs: [{ name: 'y', shape: ['N', config.outputSize] }],
  })
  return {
    bytes,
    flopsPerItem,
    inputName: 'x',
    outputName: 'y',
    inputSize: config.inputSize,
    outputSize: config.outputSize,
  }
}

/** A deterministic float32 input [rows, inputSize] for an MLP. */
export function mlpInput(inputSize: number, rows: number, seed: number): WireTensor {
  return wireTensor('float32', [rows, inputSize], seededFloats(rows * inputSize, seed))
}
