import { arch, platform } from 'node:os'
import type { GraphOptimizationLevel } from '../../protocol/onnx/index.ts'
import { benchmarkGflops, type MlpConfig } from '../benchmark/index.ts'
import {
  attemptLog,
  checkPrecision,
  chooseExecutionProvider,
  deviceTargets,
  executionProviderCandidates,
  type HardwareReport,
  type PrecisionCheck,
} from '../probe/index.ts'
import { Executor, type ModelStore } from '../executor/index.ts'
import { ExecutorTaskRunner } from '../services/executor-task-runner.ts'
import type { DeviceExecutor } from './device-pool.ts'

export interface StartDevicesOptions {
  hardware: HardwareReport
  /** Overrides the candidate list (same for every device). */
  executionProviders?: string[]
  intraOpNumThreads?: number
  graphOptimizationLevel?: GraphOptimizationLevel
  maxBatch?: number
  /** Model bytes on disk by content id, shared by every device. */
  modelStore: ModelStore
  /** Estimated bytes the sessions of one device may hold together. */
  sessionBudgetBytes?: number
  maxModelBytes?: number
  /** Standard benchmark duration; 0 skips it (gflops 0 in the advert). */
  benchmarkMs?: number
  /** The model of the precision self-check; default the standard MLP. */
  selfCheckModel?: MlpConfig
  signal?: AbortSignal
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

export interface StartedDevice extends DeviceExecutor {
  precision: PrecisionCheck
}

/** One executor per device: execution provider chosen by trying, precision self-checked, benchmarked. */
export async function startDevices(options: StartDevicesOptions): Promise<StartedDevice[]> {
  const out: StartedDevice[] = []
  try {
    for (const target of deviceTargets(options.hardware.gpus)) {
      const label = target.gpu === undefined ? 'cpu' : `gpu${target.gpu.index} ${target.gpu.model}`
      const candidates =
        options.executionProviders ?? executionProviderCandidates(target, { platform: platform(), arch: arch() })
      const choice = await chooseExecutionProvider({
        candidates,
        intraOpNumThreads: options.intraOpNumThreads,
        graphOptimizationLevel: options.graphOptimizationLevel,
        signal: options.signal,
      })
      const executor = Executor.fromRunners([choice.runner], {
        budgetBytes: options.sessionBudgetBytes,
        maxBatch: options.maxBatch ?? 32,
        maxModelBytes: options.maxModelBytes,
        getModel: (id, o) => options.modelStore.get(id, o),
      })
      const runner = new ExecutorTaskRunner(executor, options.modelStore)
      const device: StartedDevice = {
        label,
        runner,
        executionProvider: choice.executionProvider,
        attemptLog: attemptLog(choice.attempts),
        gflops: 0,
        precision: { precision: 'unknown', score: Infinity, bitIdentical: false },
      }
      out.push(device)
      device.precision = await checkPrecision(choice.runner, { signal: options.signal, model: options.selfCheckModel })
      runner.precision = device.precision.precision
      if ((options.benchmarkMs ?? 1500) > 0) {
        device.gflops = (
          await benchmarkGflops(choice.runner, { signal: options.signal, durationMs: options.benchmarkMs })
        ).gflops
      }
      options.log?.('device ready', {
        device: label,
        executionProvider: device.executionProvider,
        attempts: device.attemptLog,
        precision: device.precision.precision,
        driftScore: device.precision.score,
        gflops: Math.round(device.gflops * 10) / 10,
      })
    }
  } catch (err) {
    await Promise.all(out.map((d) => d.runner.close()))
    throw err
  }
  return out
}
