import { RigpoolError } from '../../protocol/errors.ts'
import { verifyModelBytes, type ModelId } from '../../protocol/model-id.ts'
import {
  batchFeeds,
  checkItemInputs,
  inspectModel,
  OnnxRunner,
  planBatches,
  SESSION_BYTES_FACTOR,
  splitOutputs,
  type ModelSignature,
  type RunnerOptions,
  type RunnerSettings,
} from '../../protocol/onnx/index.ts'
import type { NamedTensors } from '../../protocol/tensor.ts'
import { Lock } from './lock.ts'
import { SessionCache, type CachedSession } from './session-cache.ts'

export interface ExecutorOptions {
  /** Runners (worker threads), e.g. one per device; default 1. */
  runners?: number
  runnerOptions?: Omit<RunnerOptions, 'signal'>
  /** Estimated bytes all sessions may hold together; default 2 GiB. */
  budgetBytes?: number
  /** Items per batch at most, unless learnBatchSize found another for the model; default 32. */
  maxBatch?: number
  maxModelBytes?: number
  /** Where model bytes come from when a session must be (re)created: e.g. the ModelStore. */
  getModel?: (modelId: ModelId, options: { signal?: AbortSignal }) => Promise<Uint8Array>
  signal?: AbortSignal
}

export interface RunRequest {
  items: NamedTensors[]
  /** Inputs the same for every item, sent once. */
  shared?: NamedTensors
  outputNames?: string[]
}

export interface RunOptions {
  signal?: AbortSignal
  /** Deadline for the whole run, waits included; default 10 min. */
  timeoutMs?: number
  /** Called per finished batch, in item order, before the next batch starts. */
  onBatch?: (firstIndex: number, outputs: NamedTensors[]) => void | Promise<void>
}

interface Slot {
  runner: OnnxRunner
  lock: Lock
}

/**
 * The provider's executor: sessions cached within a byte budget across a pool of runners,
 * inputs checked against the model, items batched along the model's batch axis.
 */
export class Executor {
  readonly #slots: Slot[]
  readonly #cache: SessionCache
  readonly #options: ExecutorOptions
  readonly #signatures = new Map<ModelId, ModelSignature>()
  /** Bytes given to load() without a getModel source, kept to re-create evicted sessions. */
  readonly #sources = new Map<ModelId, Uint8Array>()
  readonly #batchSizes = new Map<ModelId, number>()

  private constructor(slots: Slot[], options: ExecutorOptions) {
    this.#slots = slots
    this.#options = options
    this.#cache = new SessionCache(options.budgetBytes ?? 2 * 1024 ** 3)
  }

  /** Starts the runners. */
  static async start(options: ExecutorOptions = {}): Promise<Executor> {
    const count = Math.max(1, options.runners ?? 1)
    const runners: OnnxRunner[] = []
    try {
      for (let i = 0; i < count; i++)
        runners.push(await OnnxRunner.start({ ...options.runnerOptions, signal: options.signal }))
    } catch (err) {
      for (const r of runners) await r.terminate()
      throw err
    }
    return new Executor(
      runners.map((runner) => ({ runner, lock: new Lock() })),
      options,
    )
  }

  /** An executor over runners already started (e.g. the one whose execution provider was chosen and checked). */
  static fromRunners(runners: readonly OnnxRunner[], options: ExecutorOptions = {}): Executor {
    if (runners.length === 0) throw new RigpoolError('E_CONFIG', 'an executor needs at least one runner')
    return new Executor(
      runners.map((runner) => ({ runner, lock: new Lock() })),
      options,
    )
  }

  /** What the runners run with (ORT version, EP, optimisation level, threads). */
  settings(): RunnerSettings {
    return this.#slots[0]!.runner.settings()
  }

  /** Sessions held now, least recently used first. */
  sessions(): CachedSession[] {
    return this.#cache.entries().map((e) => ({ ...e }))
  }

  /** Registers a model's bytes (hash-checked, inspected) and returns its signature; sessions are created on demand. */
  register(modelId: ModelId, bytes: Uint8Array): ModelSignature {
    verifyModelBytes(modelId, bytes)
    const sig = inspectModel(bytes, { maxBytes: this.#options.maxModelBytes })
    this.#signatures.set(modelId, sig)
    if (this.#options.getModel === undefined) this.#sources.set(modelId, bytes)
    return sig
  }

  /** The model's signature, fetching the model if needed. */
  async signature(modelId: ModelId, options: { signal?: AbortSignal } = {}): Promise<ModelSignature> {
    const known = this.#signatures.get(modelId)
    if (known !== undefined) return known
    return this.register(modelId, await this.#bytesOf(modelId, options.signal))
  }

  /** Batch size used for a model: the learned one, else maxBatch. */
  batchSize(modelId: ModelId): number {
    return this.#batchSizes.get(modelId) ?? this.#options.maxBatch ?? 32
  }

  /** Sets the batch size for a model (e.g. from learnBatchSize). */
  setBatchSize(modelId: ModelId, batch: number): void {
    this.#batchSizes.set(modelId, Math.max(1, Math.floor(batch)))
  }

  /**
   * Runs every item, batches of identical shape in item order; onBatch per finished batch.
   * Cancelled between batches (signal, deadline) or at once by the runner.
   */
  async run(modelId: ModelId, request: RunRequest, options: RunOptions = {}): Promise<NamedTensors[]> {
    const deadline = AbortSignal.timeout(options.timeoutMs ?? 600_000)
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline
    const sig = await this.signature(modelId, { signal })
    const shared = request.shared ?? {}
    for (const item of request.items) checkItemInputs(sig, item, shared)
    const plan = planBatches(sig, request.items, shared, this.batchSize(modelId))
    const slotIndex = this.#pickSlot(modelId)
    const slot = this.#slots[slotIndex]!
    const results: NamedTensors[] = []
    try {
      await slot.lock.with(signal, async () => {
        const entry = await this.#ensureSession(slotIndex, modelId, signal)
        entry.running++
        try {
          for (const batch of plan) {
            if (signal.aborted) throw new RigpoolError('E_ABORTED', 'run cancelled between batches')
            const feeds = batchFeeds(request.items, shared, batch)
            const [out] = await slot.runner.run(modelId, [feeds], request.outputNames, { signal })
            const items = splitOutputs(out!, batch.count)
            results.push(...items)
            this.#cache.touch(entry)
            await options.onBatch?.(batch.first, items)
          }
        } finally {
          entry.running--
        }
      })
    } catch (err) {
      if (deadline.aborted && !options.signal?.aborted && err instanceof RigpoolError && err.code === 'E_ABORTED') {
        throw new RigpoolError('E_TIMEOUT', `run exceeded ${options.timeoutMs ?? 600_000} ms`, { cause: err })
      }
      throw err
    }
    return results
  }

  /**
   * Measures items/s at batch 1, 2, 4, … up to `maxBatch` (default 64) with copies of
   * one item, keeps the fastest for this model and returns the table.
   */
  async learnBatchSize(
    modelId: ModelId,
    sampleItem: NamedTensors,
    options: { signal?: AbortSignal; maxBatch?: number; minMs?: number } = {},
  ): Promise<{ batch: number; itemsPerSecond: number; table: Array<{ batch: number; itemsPerSecond: number }> }> {
    const sig = await this.signature(modelId, options)
    const limit = sig.batchAxis === null ? 1 : (options.maxBatch ?? 64)
    const minMs = options.minMs ?? 200
    const table: Array<{ batch: number; itemsPerSecond: number }> = []
    const saved = this.#batchSizes.get(modelId)
    try {
      for (let batch = 1; batch <= limit; batch *= 2) {
        this.setBatchSize(modelId, batch)
        const items = Array<NamedTensors>(batch).fill(sampleItem)
        await this.run(modelId, { items }, { signal: options.signal }) // warm-up
        let done = 0
        const t0 = performance.now()
        while (performance.now() - t0 < minMs) {
          await this.run(modelId, { items }, { signal: options.signal })
          done += batch
        }
        table.push({ batch, itemsPerSecond: (done * 1000) / (performance.now() - t0) })
      }
    } catch (err) {
      if (saved === undefined) this.#batchSizes.delete(modelId)
      else this.setBatchSize(modelId, saved)
      throw err
    }
    const best = table.reduce((a, b) => (b.itemsPerSecond > a.itemsPerSecond ? b : a))
    this.setBatchSize(modelId, best.batch)
    return { ...best, table }
  }

  /** Ends every runner. */
  async close(): Promise<void> {
    for (const s of this.#slots) await s.runner.terminate()
  }

  /** A runner that has the model and is free, else any free one, else the least queued. */
  #pickSlot(modelId: ModelId): number {
    const score = (i: number): number =>
      this.#slots[i]!.lock.depth * 2 + (this.#cache.get(i, modelId) === undefined ? 1 : 0)
    let best = 0
    for (let i = 1; i < this.#slots.length; i++) if (score(i) < score(best)) best = i
    return best
  }

  async #ensureSession(slotIndex: number, modelId: ModelId, signal: AbortSignal): Promise<CachedSession> {
    const slot = this.#slots[slotIndex]!
    if (!slot.runner.isAlive) {
      this.#cache.dropRunner(slotIndex)
      await slot.runner.restart({ signal })
    }
    const cached = this.#cache.get(slotIndex, modelId)
    if (cached !== undefined && slot.runner.loaded(modelId) !== undefined) return cached
    const bytes = await this.#bytesOf(modelId, signal)
    const estimate = bytes.byteLength * SESSION_BYTES_FACTOR
    for (const victim of this.#cache.makeRoom(estimate)) {
      // Not running, so its runner only has to finish what it is doing before the unload.
      void this.#slots[victim.runner]!.runner.unload(victim.modelId).catch(() => undefined)
    }
    // Reserve the room before the load so that a concurrent load on another runner sees it.
    const entry = this.#cache.add(slotIndex, modelId, estimate)
    try {
      const loaded = await slot.runner.load(modelId, bytes, { signal, maxBytes: this.#options.maxModelBytes })
      entry.estimatedBytes = loaded.estimatedBytes
      return entry
    } catch (err) {
      this.#cache.remove(slotIndex, modelId)
      throw err
    }
  }

  async #bytesOf(modelId: ModelId, signal: AbortSignal | undefined): Promise<Uint8Array> {
    const kept = this.#sources.get(modelId)
    if (kept !== undefined) return kept
    const get = this.#options.getModel
    if (get === undefined) throw new RigpoolError('E_UNKNOWN_MODEL', `model ${modelId} is not registered`)
    const bytes = await get(modelId, { signal })
    verifyModelBytes(modelId, bytes)
    return bytes
  }
}
