import type { ModelSignature } from '../../protocol/onnx/index.ts'
import { RigpoolError, type ExecutionSettings, type ModelId, type NamedTensors, type Precision } from '../../protocol/index.ts'
import type { Executor, ModelStore } from '../executor/index.ts'
import type { TaskRunner } from './task-runner.ts'

/**
 * The task server's runner over the executor: sessions cached within a byte budget
 * (least recently used out, never one that is running), model bytes kept on disk by
 * content id within a disk budget and hash-checked on every load; a model missing or
 * corrupt on disk is fetched again from the coordinator.
 */
export class ExecutorTaskRunner implements TaskRunner {
  private readonly executor: Executor
  private readonly store: ModelStore
  private readonly loading = new Map<ModelId, Promise<ModelSignature>>()
  /** Set by the agent after its start-up self-check; never claimed without one. */
  precision: Precision = 'unknown'

  constructor(executor: Executor, store: ModelStore) {
    this.executor = executor
    this.store = store
  }

  /** The largest batch this runner uses (per model, the learned one once known). */
  batchSize(modelId?: ModelId): number {
    return this.executor.batchSize(modelId ?? '')
  }

  ensureModel(modelId: ModelId, fetch: () => Promise<Uint8Array>, options: { signal?: AbortSignal }): Promise<ModelSignature> {
    let pending = this.loading.get(modelId)
    if (pending === undefined) {
      pending = this.load(modelId, fetch, options.signal).finally(() => this.loading.delete(modelId))
      this.loading.set(modelId, pending)
    }
    return pending
  }

  private async load(modelId: ModelId, fetch: () => Promise<Uint8Array>, signal: AbortSignal | undefined): Promise<ModelSignature> {
    try {
      // Known, or on disk and intact: no fetch.
      return await this.executor.signature(modelId, { signal })
    } catch (err) {
      const code = err instanceof RigpoolError ? err.code : undefined
      if (code !== 'E_UNKNOWN_MODEL' && code !== 'E_MODEL_HASH_MISMATCH') throw err
    }
    const bytes = await fetch()
    // Inspect (and refuse) before anything is written to disk.
    const signature = this.executor.register(modelId, bytes)
    await this.store.put(modelId, bytes)
    return signature
  }

  async run(
    modelId: ModelId,
    request: { items: NamedTensors[]; shared: NamedTensors; outputNames?: string[] },
    options: { signal?: AbortSignal; onBatch: (firstIndex: number, outputs: NamedTensors[]) => Promise<void> | void },
  ): Promise<void> {
    await this.executor.run(modelId, request, { signal: options.signal, onBatch: options.onBatch })
  }

  settings(): ExecutionSettings {
    const s = this.executor.settings()
    return {
      ortVersion: s.ortVersion,
      executionProvider: s.executionProvider,
      graphOptimizationLevel: s.graphOptimizationLevel,
      intraOpThreads: s.intraOpNumThreads,
      precision: this.precision,
    }
  }

  async close(): Promise<void> {
    await this.executor.close()
  }
}
