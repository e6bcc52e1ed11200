// Runs items through an OnnxRunner one by one or batched: the verifier's own executions.
import { RigpoolError, type NamedTensors } from '../../protocol/index.ts'
import { batchFeeds, planBatches, splitOutputs, type CallOptions, type OnnxRunner } from '../../protocol/onnx/index.ts'

export interface ExecuteOptions extends CallOptions {
  /** Inputs every item shares (a job's sharedInputs). */
  shared?: NamedTensors
  outputNames?: string[]
  /** Items per session call (1 = item by item). */
  maxBatch?: number
}

/** Outputs of each item, in order, from a model already loaded in `runner`. */
export async function executeItems(runner: OnnxRunner, modelId: string, items: readonly NamedTensors[], options: ExecuteOptions = {}): Promise<NamedTensors[]> {
  const loaded = runner.loaded(modelId)
  if (loaded === undefined) throw new RigpoolError('E_UNKNOWN_MODEL', `model ${modelId} not loaded`)
  const shared = options.shared ?? {}
  const batches = planBatches(loaded.signature, items, shared, options.maxBatch ?? 1)
  const feeds = batches.map((b) => batchFeeds(items, shared, b))
  const outs = await runner.run(modelId, feeds, options.outputNames, { signal: options.signal, timeoutMs: options.timeoutMs })
  return outs.flatMap((o, i) => splitOutputs(o, batches[i]!.count))
}
