import type { ModelSignature } from '../../protocol/onnx/index.ts'
import type { ExecutionSettings, ModelId, NamedTensors } from '../../protocol/index.ts'

/** What the task server needs from an executor (provider-agent/executor implements it). */
export interface TaskRunner {
  /** Loads a model (fetching its bytes through `fetch` when not cached) and returns its signature. */
  ensureModel(
    modelId: ModelId,
    fetch: () => Promise<Uint8Array>,
    options: { signal?: AbortSignal },
  ): Promise<ModelSignature>
  /** Runs items in order, reporting each finished batch; validates inputs against the model. */
  run(
    modelId: ModelId,
    request: { items: NamedTensors[]; shared: NamedTensors; outputNames?: string[] },
    options: { signal?: AbortSignal; onBatch: (firstIndex: number, outputs: NamedTensors[]) => Promise<void> | void },
  ): Promise<void>
  /** The settings that change output numbers, reported with every result. */
  settings(): ExecutionSettings
}
