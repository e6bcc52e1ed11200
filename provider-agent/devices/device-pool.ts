import type { ModelSignature } from '../../protocol/onnx/index.ts'
import { RigpoolError, type ExecutionSettings, type ModelId, type NamedTensors } from '../../protocol/index.ts'
import type { TaskRunner } from '../services/task-runner.ts'

/** One executor bound to one device (a GPU, or the CPU), with what start-up measured on it. */
export interface DeviceExecutor {
  label: string
  runner: TaskRunner & { batchSize(): number; close(): Promise<void> }
  executionProvider: string
  attemptLog: string[]
  gflops: number
}

export interface ModelSpeed {
  itemsPerSecond: number
  batchSize: number
}

/**
 * A TaskRunner over one executor per device: each task runs on the device with the
 * fewest running tasks; a model's bytes are fetched once and loaded where it runs.
 */
export class DevicePool implements TaskRunner {
  readonly devices: DeviceExecutor[]
  private readonly running: number[]
  private readonly bytes = new Map<ModelId, () => Promise<Uint8Array>>()
  private readonly speeds = new Map<ModelId, ModelSpeed>()
  private readonly onSpeed: (modelId: ModelId, speed: ModelSpeed, isFirst: boolean) => void

  constructor(
    devices: DeviceExecutor[],
    onSpeed: (modelId: ModelId, speed: ModelSpeed, isFirst: boolean) => void = () => {},
  ) {
    if (devices.length === 0) throw new RigpoolError('E_CONFIG', 'no device to run on')
    this.devices = devices
    this.running = devices.map(() => 0)
    this.onSpeed = onSpeed
  }

  ensureModel(
    modelId: ModelId,
    fetch: () => Promise<Uint8Array>,
    options: { signal?: AbortSignal },
  ): Promise<ModelSignature> {
    // Fetch once; keep the promise so a second device loads the same bytes without a second fetch.
    let cached: Promise<Uint8Array> | undefined
    const once = (): Promise<Uint8Array> =>
      (cached ??= fetch().catch((err: unknown) => {
        cached = undefined
        throw err
      }))
    this.bytes.set(modelId, once)
    return this.devices[this.pick()]!.runner.ensureModel(modelId, once, options)
  }

  async run(
    modelId: ModelId,
    request: { items: NamedTensors[]; shared: NamedTensors; outputNames?: string[] },
    options: { signal?: AbortSignal; onBatch: (firstIndex: number, outputs: NamedTensors[]) => Promise<void> | void },
  ): Promise<void> {
    const i = this.pick()
    const device = this.devices[i]!
    const fetch = this.bytes.get(modelId)
    if (fetch === undefined) throw new RigpoolError('E_UNKNOWN_MODEL', `model ${modelId} is not loaded`)
    this.running[i]!++
    try {
      await device.runner.ensureModel(modelId, fetch, options)
      // Measured on real work at the chosen batch: the time in inference, not in sending results.
      let inferMs = 0
      let t = performance.now()
      await device.runner.run(modelId, request, {
        signal: options.signal,
        onBatch: async (first, outputs) => {
          inferMs += performance.now() - t
          await options.onBatch(first, outputs)
          t = performance.now()
        },
      })
      this.record(modelId, request.items.length, inferMs, device.runner.batchSize())
    } finally {
      this.running[i]!--
    }
  }

  /** Measured items/s per model (smoothed over tasks). */
  speedOf(modelId: ModelId): ModelSpeed | undefined {
    return this.speeds.get(modelId)
  }

  models(): Array<[ModelId, ModelSpeed]> {
    return [...this.speeds.entries()]
  }

  settings(): ExecutionSettings {
    return this.devices[0]!.runner.settings()
  }

  async close(): Promise<void> {
    await Promise.all(this.devices.map((d) => d.runner.close()))
  }

  private pick(): number {
    let best = 0
    for (let i = 1; i < this.running.length; i++) if (this.running[i]! < this.running[best]!) best = i
    return best
  }

  private record(modelId: ModelId, items: number, ms: number, batchSize: number): void {
    if (items === 0 || ms <= 0) return
    const measured = (items * 1000) / ms
    const old = this.speeds.get(modelId)
    // The price is per item at the rig's batch size: a task smaller than one batch runs
    // slower per item and would drive the advertised price up for everyone.
    if (old !== undefined && items < batchSize) return
    const itemsPerSecond = old === undefined ? measured : old.itemsPerSecond * 0.7 + measured * 0.3
    const speed = { itemsPerSecond, batchSize }
    this.speeds.set(modelId, speed)
    this.onSpeed(modelId, speed, old === undefined)
  }
}
