import { RigpoolError } from '../../protocol/errors.ts'
import { modelIdOf } from '../../protocol/model-id.ts'
import type { OnnxRunner } from '../../protocol/onnx/index.ts'
import { mlpInput, mlpModel, STANDARD_MLP } from './mlp-model.ts'

export interface GflopsResult {
  gflops: number
  itemsPerSecond: number
  batch: number
  runs: number
  elapsedMs: number
  loadMs: number
}

export interface GflopsOptions {
  signal?: AbortSignal
  /** How long to measure after one warm-up run; default 1500 ms. */
  durationMs?: number
  batch?: number
}

/** The standard benchmark: the standard MLP at batch 32 for ~1.5 s on `runner`, as GFLOP/s. */
export async function benchmarkGflops(runner: OnnxRunner, options: GflopsOptions = {}): Promise<GflopsResult> {
  const { signal, durationMs = 1500, batch = 32 } = options
  const model = mlpModel(STANDARD_MLP)
  const modelId = modelIdOf(model.bytes)
  const { loadMs } = await runner.load(modelId, model.bytes, { signal })
  const feed = { [model.inputName]: mlpInput(model.inputSize, batch, 7) }
  try {
    await runner.run(modelId, [feed], undefined, { signal, timeoutMs: 60_000 })
    let runs = 0
    const t0 = performance.now()
    while (performance.now() - t0 < durationMs) {
      if (signal?.aborted) throw new RigpoolError('E_ABORTED', 'benchmark aborted')
      await runner.run(modelId, [feed], undefined, { signal, timeoutMs: 60_000 })
      runs++
    }
    const elapsedMs = performance.now() - t0
    const itemsPerSecond = (runs * batch * 1000) / elapsedMs
    return { gflops: (itemsPerSecond * model.flopsPerItem) / 1e9, itemsPerSecond, batch, runs, elapsedMs, loadMs }
  } finally {
    if (runner.isAlive) await runner.unload(modelId)
  }
}
