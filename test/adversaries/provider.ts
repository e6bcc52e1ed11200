// Simulated providers for tests and the bench: a REAL onnxruntime execution (honest, on
// any configuration) wrapped by a cheating strategy, then signed exactly as the agent
// signs (per-item leaf hashes, Merkle root, one signature per task).
import { privateKeyToAccount } from 'viem/accounts'
import type { LocalAccount } from 'viem'
import { itemHash, merkleRoot, modelIdOf, signCommitment, type NamedTensors } from '../../protocol/index.ts'
import { OnnxRunner, type GraphOptimizationLevel } from '../../protocol/onnx/index.ts'
import { executeItems, type StoredCommitment } from '../../coordinator/verification/index.ts'

/** One task as a provider receives it. */
export interface TaskWork {
  taskId: string
  modelId: string
  firstIndex: number
  inputs: NamedTensors[]
  shared?: NamedTensors
  outputNames?: string[]
}

/** Computes a task's outputs (honestly or not). */
export type Executor = (task: TaskWork) => Promise<NamedTensors[]>

export interface RunnerExecutor {
  execute: Executor
  stop(): Promise<void>
}

/**
 * An executor on a real OnnxRunner running `bytes` (the job's model, or a cheater's
 * substitute), registered under the job's model id so the provider claims the right model.
 */
export async function runnerExecutor(bytes: Uint8Array, config: { graphOptimizationLevel?: GraphOptimizationLevel; intraOpNumThreads?: number; maxBatch?: number } = {}): Promise<RunnerExecutor> {
  const runner = await OnnxRunner.start({ graphOptimizationLevel: config.graphOptimizationLevel ?? 'all', intraOpNumThreads: config.intraOpNumThreads ?? 1 })
  const key = modelIdOf(bytes)
  await runner.load(key, bytes)
  return {
    execute: (task) => executeItems(runner, key, task.inputs, { shared: task.shared, outputNames: task.outputNames, maxBatch: config.maxBatch ?? 16 }),
    stop: () => runner.terminate(),
  }
}

export interface Delivery {
  outputs: NamedTensors[]
  commitment: StoredCommitment
}

/** A provider identity: an Ethereum key (dev keys in tests) and how it computes. */
export interface SimProvider {
  name: string
  account: LocalAccount
  execute: Executor
}

/** A provider account from a private key. */
export function accountOf(privateKey: `0x${string}`): LocalAccount {
  return privateKeyToAccount(privateKey)
}

/** Runs a task on the provider and signs its commitment exactly as the agent does; the commitment comes back as stored. */
export async function deliver(provider: SimProvider, task: TaskWork): Promise<Delivery> {
  const outputs = await provider.execute(task)
  const leaves = outputs.map((o, i) => itemHash(task.firstIndex + i, o))
  const root = merkleRoot(leaves)
  const signature = await signCommitment(provider.account, task.taskId, task.modelId, outputs.length, root)
  return {
    outputs,
    commitment: { taskId: task.taskId, provider: provider.account.address, modelId: task.modelId, firstIndex: task.firstIndex, itemCount: outputs.length, root, signature, storedAt: Date.now() },
  }
}
