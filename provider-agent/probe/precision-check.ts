import { OnnxRunner } from '../../protocol/onnx/index.ts'
import { modelIdOf, type Precision, type WireTensor } from '../../protocol/index.ts'
import { mlpInput, mlpModel, STANDARD_MLP, type MlpConfig } from '../benchmark/index.ts'

export interface PrecisionCheck {
  precision: Precision
  /** max|a−b| / max(max|b|, 1e-6) over the check's outputs (0 = bit-identical). */
  score: number
  bitIdentical: boolean
}

/** Below this score an execution provider's fp32 counts as strict (honest CPU drift is ≤ 9e-5; TF32 is ~5e-4 relL2). */
export const FP32_STRICT_BOUND = 1e-5

function floats(t: WireTensor): Float32Array {
  return new Float32Array(t.data.buffer.slice(t.data.byteOffset, t.data.byteOffset + t.data.byteLength))
}

/** Normalised max abs difference between two float32 tensors (Infinity on shape mismatch). */
export function driftScore(a: WireTensor, b: WireTensor): number {
  const x = floats(a)
  const y = floats(b)
  if (x.length !== y.length) return Infinity
  let diff = 0
  let scale = 1e-6
  for (let i = 0; i < x.length; i++) {
    diff = Math.max(diff, Math.abs(x[i]! - y[i]!))
    scale = Math.max(scale, Math.abs(y[i]!))
  }
  return diff / scale
}

/**
 * Start-up self-check: runs the standard MLP on `runner` and on a fresh CPU runner and
 * claims fp32-strict only if the outputs agree within FP32_STRICT_BOUND.
 */
export async function checkPrecision(
  runner: OnnxRunner,
  options: { signal?: AbortSignal; model?: MlpConfig; batch?: number } = {},
): Promise<PrecisionCheck> {
  const model = mlpModel(options.model ?? STANDARD_MLP)
  const id = modelIdOf(model.bytes)
  const feed = { [model.inputName]: mlpInput(model.inputSize, options.batch ?? 8, 11) }
  const reference = await OnnxRunner.start({
    executionProviders: ['cpu'],
    intraOpNumThreads: 1,
    signal: options.signal,
  })
  try {
    await runner.load(id, model.bytes, { signal: options.signal })
    await reference.load(id, model.bytes, { signal: options.signal })
    const [got] = await runner.run(id, [feed], undefined, { signal: options.signal, timeoutMs: 60_000 })
    const [want] = await reference.run(id, [feed], undefined, { signal: options.signal, timeoutMs: 60_000 })
    const score = driftScore(got![model.outputName]!, want![model.outputName]!)
    return { precision: score <= FP32_STRICT_BOUND ? 'fp32-strict' : 'unknown', score, bitIdentical: score === 0 }
  } finally {
    if (runner.isAlive) await runner.unload(id).catch(() => {})
    await reference.terminate()
  }
}
