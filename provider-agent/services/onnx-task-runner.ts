import {
  batchFeeds,
  checkItemInputs,
  OnnxRunner,
  planBatches,
  splitOutputs,
  type ModelSignature,
} from '../../protocol/onnx/index.ts'
import {
  RigpoolError,
  type ExecutionSettings,
  type ModelId,
  type NamedTensors,
  type Precision,
} from '../../protocol/index.ts'
import type { TaskRunner } from './task-runner.ts'

/** A TaskRunner over one OnnxRunner worker: sessions by model id, items batched where the model allows. */
export class OnnxTaskRunner implements TaskRunner {
  private readonly runner: OnnxRunner
  private readonly signatures = new Map<ModelId, ModelSignature>()
  private readonly loading = new Map<ModelId, Promise<ModelSignature>>()
  private readonly maxBatch: number
  /** Set by the agent after its start-up self-check; never claimed without one. */
  precision: Precision = 'unknown'

  constructor(runner: OnnxRunner, maxBatch = 32) {
    this.runner = runner
    this.maxBatch = maxBatch
  }

  /** The batch size this runner uses for a model (the learned one, once the executor learns it). */
  batchSize(): number {
    return this.maxBatch
  }

  ensureModel(
    modelId: ModelId,
    fetch: () => Promise<Uint8Array>,
    options: { signal?: AbortSignal },
  ): Promise<ModelSignature> {
    const known = this.signatures.get(modelId)
    if (known !== undefined && this.runner.loaded(modelId) !== undefined) return Promise.resolve(known)
    let pending = this.loading.get(modelId)
    if (pending === undefined) {
      pending = (async () => {
        const bytes = await fetch()
        // A cancelled run ends the worker (the only way to stop a native run): start a fresh one.
        if (!this.runner.isAlive) await this.runner.restart({ signal: options.signal })
        const loaded = await this.runner.load(modelId, bytes, { signal: options.signal })
        this.signatures.set(modelId, loaded.signature)
        return loaded.signature
      })().finally(() => this.loading.delete(modelId))
      this.loading.set(modelId, pending)
    }
    return pending
  }

  async run(
    modelId: ModelId,
    request: { items: NamedTensors[]; shared: NamedTensors; outputNames?: string[] },
    options: { signal?: AbortSignal; onBatch: (firstIndex: number, outputs: NamedTensors[]) => Promise<void> | void },
  ): Promise<void> {
    const sig = this.signatures.get(modelId)
    if (sig === undefined || this.runner.loaded(modelId) === undefined)
      throw new RigpoolError('E_UNKNOWN_MODEL', `model ${modelId} is not loaded`)
    for (const item of request.items) checkItemInputs(sig, item, request.shared)
    for (const batch of planBatches(sig, request.items, request.shared, this.maxBatch)) {
      if (options.signal?.aborted === true) throw options.signal.reason
      const feeds = batchFeeds(request.items, request.shared, batch)
      const [outputs] = await this.runner.run(modelId, [feeds], request.outputNames, { signal: options.signal })
      await options.onBatch(batch.first, splitOutputs(outputs!, batch.count))
    }
  }

  settings(): ExecutionSettings {
    const s = this.runner.settings()
    return {
      ortVersion: s.ortVersion,
      executionProvider: s.executionProvider,
      graphOptimizationLevel: s.graphOptimizationLevel,
      intraOpThreads: s.intraOpNumThreads,
      precision: this.precision,
    }
  }

  async close(): Promise<void> {
    await this.runner.terminate()
  }
}
